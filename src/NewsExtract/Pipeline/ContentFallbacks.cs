using NewsExtract.Blocks;
using NewsExtract.Classification;

namespace NewsExtract.Pipeline;

/// <summary>When the extensions' <see cref="IContentFallback"/>s are asked, and how their answer becomes the content range.</summary>
internal static class ContentFallbacks
{
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

    /// <summary>The first span a fallback returns, as a content range; the own range when none does.</summary>
    public static ContentRange Ask(IReadOnlyList<IContentFallback> fallbacks, ContentFallbackContext context, ContentRange own)
    {
        var blocks = context.BlockTexts.Count;
        foreach (var fallback in fallbacks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ContentSpan? span;
            try
            {
                span = fallback.Locate(context);
            }
#pragma warning disable CA1031 // another extractor failing on a broken page leaves our own answer standing
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
            {
                context.AddNote("content.fallback-failed", $"{fallback.GetType().Name} failed: {e.GetType().Name}: {e.Message}");
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            if (span is not { } found)
            {
                continue;
            }

            if (found.First < 0 || found.Last < found.First || found.Last >= blocks)
            {
                context.AddNote("content.fallback-ignored", $"{fallback.GetType().Name} returned blocks {found.First}–{found.Last}, not a span of the page's {blocks} blocks.");
                continue;
            }

            return new ContentRange(found.First, found.Last, context.WeightOf(found), 0);
        }

        return own;
    }
}
