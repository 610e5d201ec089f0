namespace NewsExtract;

/// <summary>
/// An extension of the extraction pipeline: it registers what it adds (a <see cref="IContentFallback"/>, options) on the
/// <see cref="ArticleExtractorBuilder"/> when the extractor is built. Add it with a <c>Use…</c> extension method on the
/// builder, as <c>NewsExtract.Readability</c>'s <c>UseReadabilityFallback()</c> does.
/// </summary>
/// <example>
/// <code>
/// public sealed class MyFallbackExtension : IArticleExtractorExtension
/// {
///     public void Setup(ArticleExtractorBuilder builder) => builder.ContentFallbacks.Add(new MyFallback());
/// }
///
/// public static ArticleExtractorBuilder UseMyFallback(this ArticleExtractorBuilder builder)
/// {
///     builder.Extensions.AddIfNotAlready&lt;MyFallbackExtension&gt;();
///     return builder;
/// }
/// </code>
/// </example>
public interface IArticleExtractorExtension
{
    /// <summary>Registers the extension's parts on <paramref name="builder"/>; called once, by <see cref="ArticleExtractorBuilder.Build"/>.</summary>
    void Setup(ArticleExtractorBuilder builder);
}
