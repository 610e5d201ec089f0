using NewsExtract.Blocks;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>
/// Asks SmartReader (Mozilla Readability's C# port) where the article is, for the pages where NewsExtract's own
/// locator found no article text at all (badly broken markup, one giant unclosed paragraph). Readability's
/// tolerant heuristics sometimes recover those. Off by default (<see cref="ExtractionOptions.UseReadabilitySecondOpinion"/>).
/// </summary>
/// <remarks>
/// SmartReader cannot be interrupted once it runs and its cost grows much faster than the page: a 240 KB page of
/// unclosed formatting tags (every paragraph reopening sixteen of them) took it 4.8 s, the same page at 960 KB 101 s.
/// So it is bounded before it starts: pages over <see cref="MaxHtmlLength"/> characters or <see cref="MaxNodes"/> nodes
/// of our own tree (which counts what unclosed formatting reopens, as SmartReader's AngleSharp tree does) are not handed
/// to it, and the cancellation token is checked before and after it runs.
/// </remarks>
internal static class ReadabilitySecondOpinion
{
    /// <summary>Pages larger than this (in characters) are never handed to SmartReader.</summary>
    internal const int MaxHtmlLength = 512 * 1024;

    /// <summary>Pages whose tree has more nodes than this are never handed to SmartReader (nor its parse past it).</summary>
    internal const int MaxNodes = 5_000;

    /// <summary>
    /// The own locator's result is too weak to trust (nothing located, or only a sliver) while the page does hold
    /// enough running text for an article.
    /// </summary>
    public static bool IsNeeded(ContentRange range, IReadOnlyList<Block> blocks)
    {
        if (range.IsPinned || (!range.IsEmpty && range.Score >= 30))
        {
            return false;
        }

        var textUnits = 0;
        foreach (var block in blocks)
        {
            textUnits += block.Metrics.Punctuation > 0 ? block.Metrics.ReadingLength : 0;
        }

        return textUnits >= 150;
    }

    /// <summary>Why a page is too large to hand to SmartReader, or null when it is within the budget.</summary>
    public static string? OverBudget(int htmlLength, int nodes) =>
        htmlLength > MaxHtmlLength ? $"the page has {htmlLength:N0} characters, over SmartReader's budget of {MaxHtmlLength:N0}"
        : nodes > MaxNodes ? $"the page has {nodes:N0} nodes, over SmartReader's budget of {MaxNodes:N0}"
        : null;

    /// <summary>The span of blocks whose text Readability kept, or null when it kept nothing usable.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled before SmartReader started or while it ran.</exception>
    public static ContentRange? Locate(string html, Uri? url, IReadOnlyList<Block> blocks, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SmartReader.Article article;
        try
        {
            // MaxElemsToParse: SmartReader's own count, a backstop should its tree come out larger than ours.
            var reader = new SmartReader.Reader((url ?? new Uri("https://localhost/")).ToString(), html) { MaxElemsToParse = MaxNodes };
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A peer's failure on a broken page leaves our own (empty) answer standing.
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        // IsReadable counts words by spaces, so Chinese articles often come back "not readable" with their text
        // found all the same: judge by the text itself.
        if (string.IsNullOrWhiteSpace(article.TextContent) || article.TextContent.Length < 200)
        {
            return null;
        }

        var kept = TextKey.Of(article.TextContent);
        int first = -1, last = -1;
        double score = 0;
        foreach (var block in blocks)
        {
            if (block.Metrics.ReadingLength >= 10 && kept.Contains(TextKey.Of(block.Text), StringComparison.Ordinal))
            {
                first = first < 0 ? block.Index : first;
                last = block.Index;
                score += block.Metrics.ReadingLength;
            }
        }

        return first < 0 ? null : new ContentRange(first, last, score, 0);
    }
}
