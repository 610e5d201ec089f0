using NewsExtract.Pipeline;

namespace NewsExtract;

/// <summary>Extraction straight from an <see cref="HttpClient"/> response.</summary>
public static class HttpResponseMessageExtensions
{
    /// <summary>
    /// Reads the response's body (through the extractor's size limit) and extracts its article, with what the response
    /// says about the page: the charset from <c>Content-Type</c>, the URL from the request (after redirects, the last one),
    /// the reference time of relative dates from the <c>Date</c> header, and a plain-text capture when the type is
    /// <c>text/plain</c> (otherwise HTML and text are told apart by content).
    /// </summary>
    /// <param name="response">The response; its status is not checked (a 404 page usually comes back as no article).</param>
    /// <param name="extractor">The extractor; <see cref="ArticleExtractor.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels reading and extraction.</param>
    /// <exception cref="ExtractionLimitException">The body (by its <c>Content-Length</c>, or as read) is larger than <see cref="ExtractionLimits.MaxInputBytes"/>.</exception>
    /// <example>
    /// <code>
    /// using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token);
    /// Article article = await response.ExtractArticleAsync(extractor, token);
    /// </code>
    /// </example>
    public static async Task<Article> ExtractArticleAsync(this HttpResponseMessage response, ArticleExtractor? extractor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        extractor ??= ArticleExtractor.Default;
        var max = extractor.Options.Limits.MaxInputBytes;
        var headers = response.Content.Headers;
        if (headers.ContentLength is { } length && length > max)
        {
            throw new ExtractionLimitException($"The response ({length:N0} bytes) exceeds the limit of {max:N0} bytes.");
        }

        var context = ContextOf(response);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var bytes = await StreamReading.ReadAllAsync(stream, max, cancellationToken).ConfigureAwait(false);
            return string.Equals(headers.ContentType?.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase)
                ? extractor.ExtractTextBytes(bytes, context, cancellationToken)
                : extractor.Extract(bytes, context, cancellationToken);
        }
    }

    /// <summary>What a response tells about its page: URL, charset, reference time.</summary>
    public static PageContext ToPageContext(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return ContextOf(response);
    }

    private static PageContext ContextOf(HttpResponseMessage response) => new()
    {
        Url = response.RequestMessage?.RequestUri is { IsAbsoluteUri: true } url ? url : null,
        Charset = response.Content.Headers.ContentType?.CharSet is { Length: > 0 } charset ? charset.Trim('"', '\'', ' ') : null,
        ReferenceTime = response.Headers.Date,
    };
}
