using NewsExtract.Blocks;
using NewsExtract.Classification.Rules;
using NewsExtract.Languages;
using NewsExtract.Related;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>What the classifier knows besides the blocks.</summary>
/// <param name="Lexicon">The page language's lexicon.</param>
/// <param name="Range">The located article span.</param>
/// <param name="TitleKey">The headline, normalised for comparison (empty when unknown).</param>
/// <param name="CaptionCandidates">Blocks that sit right after an image.</param>
/// <param name="AltTexts">Image alt texts, normalised: a block repeating one is a caption.</param>
/// <param name="TextCapture">Whether the blocks are a text capture's lines (a trailing photo gallery is read there).</param>
internal sealed record ClassificationInput(CompiledLexicon Lexicon, ContentRange Range, string TitleKey, IReadOnlySet<int> CaptionCandidates, IReadOnlySet<string> AltTexts, bool TextCapture = false);

/// <summary>
/// Gives every block its role: the one place a role is set. Each block first gets the role of the first rule of
/// <see cref="RoleRules.All"/> that applies to it (body when none does); then the page decides what a block cannot on its
/// own: the headline, blocks outside the located span (boilerplate, but for lead paragraphs between the headline and the
/// span), a related list running on under its heading, short labels at the edges of the body, repeated paragraphs and,
/// in a text capture, a photo gallery closing the article. Each block keeps the name of what decided its role.
/// </summary>
internal static class BlockClassifier
{
    /// <summary>The longest block, in reading units, that can be the headline.</summary>
    private const int MaxTitle = 80;

    /// <summary>How many non-lead blocks between the span and the headline end the search for lead paragraphs.</summary>
    private const int MaxLeadGap = 4;

    /// <summary>Running text: at least this long (reading units), this punctuated and at most this much link text.</summary>
    private const int MinRunningText = 25;
    private const int MinRunningPunctuation = 2;
    private const double MaxRunningLinkDensity = 0.3;

    /// <summary>A paragraph at the body's edges: this long and punctuated, or at least this long.</summary>
    private const int MinEdgeParagraph = 5;
    private const int LongEdgeParagraph = 20;

    // The names --explain gives roles the page passes decide.
    private const string Outside = "outside-article";
    private const string Headline = "headline";
    private const string BodyEdge = "body-edge";
    private const string Duplicate = "duplicate";
    private const string Gallery = "trailing-gallery";

    public static void Classify(IReadOnlyList<Block> blocks, IReadOnlyList<double> weights, ClassificationInput input)
    {
        var range = input.Range;
        foreach (var block in blocks)
        {
            block.SetRole(BlockRole.Boilerplate, Outside);
        }

        if (range.IsEmpty)
        {
            return;
        }

        var titleIndex = FindTitle(blocks, input.TitleKey, range);
        if (titleIndex >= 0)
        {
            blocks[titleIndex].SetRole(BlockRole.Title, Headline);
        }

        var first = ExtendLead(blocks, weights, range, titleIndex);
        var related = default(RelatedRun);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i == titleIndex || i == first)
            {
                related.Break();
            }

            if (i == titleIndex)
            {
                continue;
            }

            // Outside the article a block can still be a related list, a credit or a source line; never body.
            var inside = i >= first && i <= range.Last && !(titleIndex > range.First && i < titleIndex);
            var (ruled, rule) = RoleRules.RoleOf(block, input);
            var role = related.Next(block, ruled);
            var reason = role != ruled ? RelatedRun.RuleName : rule?.Name;
            if (!inside && role == BlockRole.Body)
            {
                block.SetRole(BlockRole.Boilerplate, Outside);
            }
            else
            {
                block.SetRole(role, reason);
            }
        }

        TrimEdges(blocks, first, range.Last, input.Lexicon);
        MarkDuplicates(blocks, first, range.Last);
        if (input.TextCapture && TextCaptions.TrailingGallery(blocks, range, input.Lexicon) is var (galleryFirst, galleryLast))
        {
            for (var i = galleryFirst; i <= galleryLast; i++)
            {
                if (blocks[i].Role == BlockRole.Body)
                {
                    blocks[i].SetRole(BlockRole.Caption, Gallery);
                }
            }
        }
    }

    /// <summary>Long, punctuated, link-free: a paragraph of the article whatever surrounds it.</summary>
    public static bool IsRunningText(Block block) =>
        block.Metrics.ReadingLength >= MinRunningText && block.Metrics.Punctuation >= MinRunningPunctuation
        && BlockWeights.EffectiveLinkDensity(block) <= MaxRunningLinkDensity;

    public static bool EndsSentence(string text) => text.Length > 0 && CharClass.IsSentenceEnd(text[^1]);

    private static int FindTitle(IReadOnlyList<Block> blocks, string titleKey, ContentRange range)
    {
        if (titleKey.Length == 0)
        {
            return -1;
        }

        // Prefer the headline nearest before or at the start of the span.
        var best = -1;
        for (var i = 0; i < blocks.Count && i <= range.Last; i++)
        {
            if (blocks[i].Metrics.ReadingLength <= MaxTitle && blocks[i].KeyEquals(titleKey))
            {
                best = i;
                if (i >= range.First)
                {
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Lead paragraphs (a Vietnamese sapo, a summary) often sit outside the body container, between the headline and it.
    /// Takes in running-text blocks directly before the span, stopping at the headline or at the first non-lead block.
    /// </summary>
    private static int ExtendLead(IReadOnlyList<Block> blocks, IReadOnlyList<double> weights, ContentRange range, int titleIndex)
    {
        var first = range.First;
        if (titleIndex < 0 || titleIndex >= range.First)
        {
            return first;
        }

        var i = range.First - 1;
        var skipped = 0;
        while (i > titleIndex && skipped <= MaxLeadGap)
        {
            var block = blocks[i];
            if (IsRunningText(block) && weights[i] > 0 && !BlockWeights.HasBoilerplateHint(block))
            {
                first = i;
                skipped = 0;
            }
            else
            {
                skipped++;
            }

            i--;
        }

        return first;
    }

    /// <summary>Short unpunctuated blocks before the first and after the last paragraph are labels, not body.</summary>
    private static void TrimEdges(IReadOnlyList<Block> blocks, int first, int last, CompiledLexicon lexicon)
    {
        for (var i = first; i <= last; i++)
        {
            var block = blocks[i];
            if (block.Role != BlockRole.Body)
            {
                continue;
            }

            if (LooksLikeParagraph(block, lexicon))
            {
                break;
            }

            block.SetRole(BlockRole.Boilerplate, BodyEdge);
        }

        for (var i = last; i >= first; i--)
        {
            var block = blocks[i];
            if (block.Role != BlockRole.Body)
            {
                continue;
            }

            if (LooksLikeParagraph(block, lexicon))
            {
                break;
            }

            block.SetRole(BlockRole.Byline, BodyEdge);
        }
    }

    // Quotes count as punctuation but a quoted phrase (a subtitle like 气垫“伤机”) is not yet a sentence.
    // A dateline lead ("TNW中文站 10月14日报道") opens the body however short it is; initials ("H.V.") never do.
    // A note in brackets ("（应受访者要求，文中张严为化名。）") or a quoted line ("“妈妈，为什么还不能出去？”") is a
    // sentence when its inside ends one.
    private static bool LooksLikeParagraph(Block block, CompiledLexicon lexicon) =>
        (block.Metrics.ReadingLength >= MinEdgeParagraph && block.Metrics.Punctuation > 0
            && (block.Metrics.ReadingLength >= LongEdgeParagraph || EndsFullStop(block.Text.AsSpan().TrimEnd(")）”」』\""))))
        || lexicon.Leads.Opening.IsMatch(block.Text) || lexicon.Leads.ClosingDate.IsMatch(block.Text);

    private static bool EndsFullStop(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is '。' or '！' or '？' or '.' or '!' or '?' or '…';

    private static void MarkDuplicates(IReadOnlyList<Block> blocks, int first, int last)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = first; i <= last; i++)
        {
            var block = blocks[i];
            if (block.Role == BlockRole.Body && !seen.Add(block.Key))
            {
                block.SetRole(BlockRole.Boilerplate, Duplicate);
            }
        }
    }
}
