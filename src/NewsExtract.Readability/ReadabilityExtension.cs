namespace NewsExtract.Readability;

/// <summary>The extension that adds <see cref="ReadabilityFallback"/> to an extractor (<see cref="ReadabilityBuilderExtensions.UseReadabilityFallback"/>).</summary>
/// <param name="options">The fallback's budget; <see cref="ReadabilityFallbackOptions.Default"/> when null.</param>
public sealed class ReadabilityExtension(ReadabilityFallbackOptions? options = null) : IArticleExtractorExtension
{
    /// <summary>The fallback's budget.</summary>
    public ReadabilityFallbackOptions Options { get; } = options ?? ReadabilityFallbackOptions.Default;

    /// <inheritdoc/>
    public void Setup(ArticleExtractorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.ContentFallbacks.OfType<ReadabilityFallback>().Any())
        {
            builder.ContentFallbacks.Add(new ReadabilityFallback(Options));
        }
    }
}

/// <summary><c>UseReadabilityFallback()</c> on an <see cref="ArticleExtractorBuilder"/>.</summary>
public static class ReadabilityBuilderExtensions
{
    /// <summary>
    /// Asks SmartReader where the article is when NewsExtract's own locator finds (almost) no article text, within a
    /// budget (<see cref="ReadabilityFallbackOptions"/>); see <see cref="ReadabilityFallback"/>. Added once: a second call
    /// replaces the first one's budget.
    /// </summary>
    public static ArticleExtractorBuilder UseReadabilityFallback(this ArticleExtractorBuilder builder, ReadabilityFallbackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Extensions.Find<ReadabilityExtension>() is { } existing)
        {
            builder.Extensions.Remove(existing);
        }

        builder.Extensions.Add(new ReadabilityExtension(options));
        return builder;
    }
}
