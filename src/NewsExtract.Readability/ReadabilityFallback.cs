namespace NewsExtract.Readability;

/// <summary>
/// Asks SmartReader (Mozilla Readability's C# port) where the article is, for the pages where NewsExtract's own
/// locator found no article text at all (badly broken markup, one giant unclosed paragraph); Readability's tolerant
/// heuristics sometimes recover those. Its article text is mapped back onto NewsExtract's blocks
/// (<see cref="ContentFallbackContext.SpanOfText"/>), so every field is still NewsExtract's own.
/// </summary>
/// <remarks>
/// SmartReader cannot be interrupted once it runs and its cost grows much faster than the page: a 240 KB page of
/// unclosed formatting tags (every paragraph reopening sixteen of them) took it 4.8 s, the same page at 960 KB 101 s. So
/// it is bounded before it starts: pages over <see cref="ReadabilityFallbackOptions.MaxCharacters"/> characters or
/// <see cref="ReadabilityFallbackOptions.MaxNodes"/> nodes of NewsExtract's own tree (which counts what unclosed formatting
/// reopens, as SmartReader's AngleSharp tree does) are not handed to it (note <c>content.second-opinion-skipped</c>),
/// markup nested deeper than the extractor's limit is flattened first, and the cancellation token is checked before
/// and after it runs. A hostile page just under the budget still costs it a few seconds (2.5–4.5 s measured for 95 KB).
/// </remarks>
public sealed class ReadabilityFallback(ReadabilityFallbackOptions? options = null) : IContentFallback
{
    // Readability needs a few hundred characters of article text before its answer means anything.
    private const int MinArticleLength = 200;

    /// <summary>The budget this fallback keeps to.</summary>
    public ReadabilityFallbackOptions Options { get; } = options ?? ReadabilityFallbackOptions.Default;

    /// <inheritdoc/>
    public ContentSpan? Locate(ContentFallbackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (OverBudget(context.Html.Length, context.NodeCount) is { } tooLarge)
        {
            context.AddNote(DiagnosticCodes.ContentSecondOpinionSkipped, $"Own locator found too little, but SmartReader was not asked: {tooLarge}.");
            return null;
        }

        var span = Locate(context.HtmlWithNestingCapped, context.Url, context, context.CancellationToken);
        context.AddNote(DiagnosticCodes.ContentSecondOpinion, span is { } found
            ? $"Own locator found too little; SmartReader's article ({context.NodeCount:N0} nodes) covers blocks {found.First}–{found.Last}."
            : $"Own locator found too little; SmartReader ({context.NodeCount:N0} nodes) found no article either.");
        return span;
    }

    /// <summary>Why a page is too large to hand to SmartReader, or null when it is within the budget.</summary>
    internal string? OverBudget(int htmlLength, int nodes) =>
        htmlLength > Options.MaxCharacters ? $"the page has {htmlLength:N0} characters, over SmartReader's budget of {Options.MaxCharacters:N0}"
        : nodes > Options.MaxNodes ? $"the page has {nodes:N0} nodes, over SmartReader's budget of {Options.MaxNodes:N0}"
        : null;

    /// <summary>The span of blocks whose text Readability kept, or null when it kept nothing usable.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled before SmartReader started or while it ran.</exception>
    private ContentSpan? Locate(string html, Uri? url, ContentFallbackContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SmartReader.Article article;
        try
        {
            // MaxElemsToParse: SmartReader's own count, a backstop should its tree come out larger than ours.
            var reader = new SmartReader.Reader((url ?? new Uri("https://localhost/")).ToString(), html) { MaxElemsToParse = Options.MaxNodes };
            article = reader.GetArticle();
        }
#pragma warning disable CA1031 // a peer's failure on a broken page leaves our own (empty) answer standing
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            context.AddNote("content.second-opinion-failed", $"SmartReader failed: {e.GetType().Name}.");
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        // IsReadable counts words by spaces, so Chinese articles often come back "not readable" with their text
        // found all the same: judge by the text itself.
        return string.IsNullOrWhiteSpace(article.TextContent) || article.TextContent.Length < MinArticleLength
            ? null
            : context.SpanOfText(article.TextContent);
    }
}

/// <summary>The budget of <see cref="ReadabilityFallback"/>: pages larger than this are never handed to SmartReader.</summary>
public sealed record ReadabilityFallbackOptions
{
    /// <summary>512 Ki characters and 5,000 nodes.</summary>
    public static ReadabilityFallbackOptions Default { get; } = new();

    /// <summary>Pages longer than this (in characters of HTML) are not handed to SmartReader. Default 524,288.</summary>
    public int MaxCharacters { get; init; } = 512 * 1024;

    /// <summary>Pages whose tree has more nodes than this are not handed to SmartReader (nor does its parse go past it). Default 5,000.</summary>
    public int MaxNodes { get; init; } = 5_000;
}
