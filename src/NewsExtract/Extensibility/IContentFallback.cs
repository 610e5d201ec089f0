namespace NewsExtract;

/// <summary>
/// A second opinion on where the article is in an HTML page, asked only when NewsExtract's own locator finds (almost)
/// no article text on a page that holds enough running text for one — badly broken markup, mostly. Registered through
/// an <see cref="IArticleExtractorExtension"/>; fallbacks are asked in order, and the first span returned is used.
/// </summary>
/// <remarks>
/// A fallback runs on the extracting thread and should respect <see cref="ContentFallbackContext.CancellationToken"/>
/// and bound its own cost: the page may be hostile. An exception other than cancellation leaves the own (empty) answer
/// standing, with the note <c>content.fallback-failed</c>.
/// </remarks>
public interface IContentFallback
{
    /// <summary>The span of the page's blocks that holds the article, or null when the fallback finds none (or declines).</summary>
    ContentSpan? Locate(ContentFallbackContext context);
}

/// <summary>A span of a page's blocks, by index, both ends included.</summary>
/// <param name="First">Index of the first block of the article.</param>
/// <param name="Last">Index of the last block of the article.</param>
public readonly record struct ContentSpan(int First, int Last);
