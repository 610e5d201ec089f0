namespace NewsExtract;

/// <summary>
/// Told of every article an extractor returns, with the context it was extracted in: for logging and metrics (the
/// <c>NewsExtract.Extensions.DependencyInjection</c> package logs <see cref="ExtractionDiagnostics"/> through it).
/// Registered on <see cref="ArticleExtractorBuilder.Listeners"/>, usually by an extension.
/// </summary>
/// <remarks>Called on the extracting thread, after the article is complete; keep it quick. It is not called when extraction throws.</remarks>
public interface IExtractionListener
{
    /// <summary>An article was extracted.</summary>
    void OnExtracted(Article article, PageContext context);
}
