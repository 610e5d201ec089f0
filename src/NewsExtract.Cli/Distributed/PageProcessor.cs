using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsExtract.Serialization;

namespace NewsExtract.Cli.Distributed;

/// <summary>A page message's article: the JSON to publish and its routing key, or why the page cannot give one.</summary>
internal sealed record PageResult(byte[]? Json, string? RoutingKey, string? Error);

/// <summary>
/// The streaming pipeline's step: one page message (body = the page's bytes; headers <c>url</c>, <c>content-type</c>,
/// <c>fetched-at</c>) in, one JSON document out: <c>url</c>, <c>fetchedAt</c>, then the article's fields as
/// <c>newsextract --format jsonl</c> writes them. Its routing key on <c>newsextract.articles</c> is
/// <c>article.LANGUAGE</c> or <c>other.LANGUAGE</c> (a page that is not an article), LANGUAGE being <c>zh-Hans</c>,
/// <c>zh-Hant</c>, <c>vi</c> or <c>unknown</c>.
/// </summary>
internal static class PageProcessor
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Extracts the page. A page that no retry can help (over the size limit, a header that does not parse) gives an error.</summary>
    public static PageResult Run(ArticleExtractor extractor, ReadOnlyMemory<byte> body, IDictionary<string, object?>? headers, CancellationToken cancellationToken)
    {
        var urlText = Broker.Text(headers, Topology.UrlHeader);
        var contentType = Broker.Text(headers, Topology.ContentTypeHeader);
        var fetchedText = Broker.Text(headers, Topology.FetchedAtHeader);

        Uri? url = null;
        if (!string.IsNullOrWhiteSpace(urlText) && (!Uri.TryCreate(urlText.Trim(), UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
        {
            return new PageResult(null, null, "the url header is not an absolute http(s) URL");
        }

        DateTimeOffset? fetchedAt = null;
        if (!string.IsNullOrWhiteSpace(fetchedText))
        {
            if (!DateTimeOffset.TryParse(fetchedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return new PageResult(null, null, "the fetched-at header is not an ISO 8601 date-time");
            }

            fetchedAt = parsed;
        }

        if (body.Length > extractor.Options.Limits.MaxInputBytes)
        {
            return new PageResult(null, null, $"the page exceeds the limit of {extractor.Options.Limits.MaxInputBytes:N0} bytes");
        }

        var (mediaType, charset) = ParseContentType(contentType);
        var context = new PageContext { Url = url, Charset = charset, ReferenceTime = fetchedAt };
        Article article;
        try
        {
            article = mediaType switch
            {
                "text/html" or "application/xhtml+xml" => extractor.ExtractHtml(body, context, cancellationToken),
                "text/plain" => extractor.ExtractTextAsync(new MemoryStream(body.ToArray(), writable: false), context, cancellationToken).GetAwaiter().GetResult(),
                _ => extractor.Extract(body, context, cancellationToken),
            };
        }
        catch (ExtractionLimitException e)
        {
            return new PageResult(null, null, e.Message);
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            if (url is null)
            {
                json.WriteNull("url");
            }
            else
            {
                json.WriteString("url", url.AbsoluteUri);
            }

            if (fetchedAt is { } at)
            {
                json.WriteString("fetchedAt", Crawl.CrawlJson.FormatDate(at));
            }
            else
            {
                json.WriteNull("fetchedAt");
            }

            ArticleJson.WriteProperties(json, article);
            json.WriteEndObject();
        }

        var language = article.Language == ContentLanguage.Unknown ? "unknown" : article.Language.ToLanguageTag();
        return new PageResult(buffer.WrittenSpan.ToArray(), $"{(article.IsArticle ? "article" : "other")}.{language}", null);
    }

    /// <summary>The media type (lower case) and charset of a Content-Type value.</summary>
    internal static (string? MediaType, string? Charset) ParseContentType(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var parts = value.Split(';');
        string? charset = null;
        foreach (var part in parts.AsSpan(1))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part.AsSpan(0, eq).Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var name = part[(eq + 1)..].Trim().Trim('"', '\'').Trim();
                charset = name.Length is > 0 and <= 40 ? name : null;
            }
        }

        return (parts[0].Trim().ToLowerInvariant(), charset);
    }
}
