using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Languages;
using NewsExtract.Related;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>What the classifier knows besides the blocks.</summary>
/// <param name="Lexicon">The page language's cue phrases.</param>
/// <param name="Range">The located article span.</param>
/// <param name="TitleKey">The headline, normalised for comparison (empty when unknown).</param>
/// <param name="CaptionCandidates">Blocks that sit right after an image.</param>
/// <param name="AltTexts">Image alt texts, normalised: a block repeating one is a caption.</param>
internal sealed record ClassificationInput(CompiledLexicon Lexicon, ContentRange Range, string TitleKey, IReadOnlySet<int> CaptionCandidates, IReadOnlySet<string> AltTexts);

/// <summary>
/// Gives every block a role. Blocks outside the located span are boilerplate, except lead paragraphs between the
/// headline and the span; inside it, each block is tested against the cue shapes (credit, source, byline,
/// dateline, caption, player, related list, share and copyright lines) and the rest is body.
/// </summary>
internal static partial class BlockClassifier
{
    /// <summary>Blocks longer than this (in reading units) are running text whatever cue they contain.</summary>
    private const int ShortLine = 40;

    public static void Classify(IReadOnlyList<Block> blocks, IReadOnlyList<double> weights, ClassificationInput input)
    {
        var range = input.Range;
        foreach (var block in blocks)
        {
            block.Role = BlockRole.Boilerplate;
        }

        if (range.IsEmpty)
        {
            return;
        }

        var titleIndex = FindTitle(blocks, input.TitleKey, range);
        if (titleIndex >= 0)
        {
            blocks[titleIndex].Role = BlockRole.Title;
        }

        var first = ExtendLead(blocks, weights, range, titleIndex);
        var inRelated = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i == titleIndex || i == first)
            {
                // A related list never runs across the headline or into the article.
                inRelated = false;
            }

            if (i == titleIndex)
            {
                continue;
            }

            // Outside the article a block can still be a related list, a credit or a source line; never body.
            var inside = i >= first && i <= range.Last && !(titleIndex > range.First && i < titleIndex);
            var role = RoleOf(block, input);
            if (role == BlockRole.RelatedHeading)
            {
                inRelated = true;
            }
            else if (inRelated)
            {
                if (role == BlockRole.Body && IsRunningText(block))
                {
                    inRelated = false;
                }
                else if (role == BlockRole.Body || (role == BlockRole.Boilerplate && block.Href is not null))
                {
                    role = BlockRole.Related;
                }
            }

            block.Role = !inside && role == BlockRole.Body ? BlockRole.Boilerplate : role;
        }

        TrimEdges(blocks, first, range.Last, input.Lexicon);
        MarkDuplicates(blocks, first, range.Last);
    }

    private static BlockRole RoleOf(Block block, ClassificationInput input)
    {
        var text = block.Text;
        var units = block.Metrics.Weight;
        var lexicon = input.Lexicon;
        var cues = units <= 80 ? block.Cues(lexicon.Cues, CuesAsked(units)) : CueList.None;
        if (Player.IsReadout(text) || (units <= 12 && (cues & CueList.Player) != 0)
            || (units <= ShortLine && lexicon.Player.VideoTitle.IsMatch(text)))
        {
            return BlockRole.Player;
        }

        if (block.Tag == BlockTag.Caption || RepeatsAltText(block, input.AltTexts) || (units <= 80 && MayBeCaptionClass(block.NearHints) && CaptionClass().IsMatch(block.NearHints)))
        {
            return BlockRole.Caption;
        }

        if (input.TitleKey.Length > 0 && units <= ShortLine + 20 && block.KeyStartsWith(input.TitleKey))
        {
            return BlockRole.Boilerplate;
        }

        if (units <= 80 && (cues & CueList.BoilerplatePhrases) != 0)
        {
            return BlockRole.Copyright;
        }

        if (units <= ShortLine)
        {
            if ((cues & CueList.CreditRole) != 0 && IsCreditLine(text, lexicon))
            {
                return BlockRole.Credit;
            }

            if (IsSourceLine(text, lexicon))
            {
                return BlockRole.Source;
            }

            if (RelatedLists.IsHeading(text, lexicon))
            {
                return BlockRole.RelatedHeading;
            }

            // ">> Công chức được nghỉ 9 ngày…": a link to another story set between paragraphs.
            if (RelatedLists.IsPointerLink(text))
            {
                return BlockRole.Related;
            }

            if ((cues & CueList.Navigation) != 0 && block.Metrics.Punctuation <= 1)
            {
                return BlockRole.Breadcrumb;
            }

            if (units <= 12 && (cues & CueList.BoilerplateLabels) != 0)
            {
                return BlockRole.Share;
            }

            if ((cues & CueList.OriginalTitle) != 0 && units <= ShortLine)
            {
                return BlockRole.Boilerplate;
            }

            if ((cues & CueList.AuthorLabel) != 0 && IsBylineLine(text, lexicon))
            {
                return BlockRole.Byline;
            }

            if (IsDatelineLine(block, lexicon))
            {
                return BlockRole.Dateline;
            }

            if (input.CaptionCandidates.Contains(block.Index) && !EndsSentence(text) && LooksLikeCaptionElement(block))
            {
                return BlockRole.Caption;
            }

            if ((cues & CueList.Caption) != 0 && !EndsSentence(text) && units <= 30)
            {
                return BlockRole.Caption;
            }

            if (lexicon.Captions.Opening.IsMatch(text))
            {
                return BlockRole.Caption;
            }
        }

        if (BlockWeights.EffectiveLinkDensity(block) >= 0.5 || lexicon.ReadMore.TeaserEnding.IsMatch(text))
        {
            return BlockRole.Related;
        }

        // Class names are a guess at the page's layout; a site profile that pinned the article knows better.
        if (!input.Range.IsPinned && BlockWeights.HasBoilerplateHint(block) && (!IsRunningText(block) || BlockWeights.IsBoilerplateHint(block.NearHints)))
        {
            return BlockRole.Boilerplate;
        }

        return BlockRole.Body;
    }

    /// <summary>
    /// The cue lists <see cref="RoleOf"/> tests a block of <paramref name="units"/> against, found in one pass over its text
    /// (each test also bounds the length, so a list a block is too long for is not searched).
    /// </summary>
    internal static CueList CuesAsked(int units) =>
        CueList.BoilerplatePhrases
        | (units <= ShortLine ? CueList.Navigation | CueList.OriginalTitle | CueList.CreditRole | CueList.AuthorLabel : CueList.None)
        | (units <= 30 ? CueList.Caption : CueList.None)
        | (units <= 12 ? CueList.Player | CueList.BoilerplateLabels : CueList.None);

    /// <summary>
    /// A short line right after an image is its caption when the markup says so: centred, in a picture-ish
    /// container, or in the image's own element. Otherwise it is as likely an in-article subheading.
    /// </summary>
    private static bool LooksLikeCaptionElement(Block block)
    {
        if (block.Element is not { } element)
        {
            return true;
        }

        if (CaptionHint().IsMatch(block.NearHints) || element.HasDescendant("img"))
        {
            return true;
        }

        var style = element.GetAttribute("style") ?? "";
        return string.Equals(element.GetAttribute("align"), "center", StringComparison.OrdinalIgnoreCase)
            || style.Replace(" ", "", StringComparison.Ordinal).Contains("text-align:center", StringComparison.OrdinalIgnoreCase);
    }

    // Class names that say "caption" outright (not merely "picture area").
    [GeneratedRegex(@"caption|pcaption|\bdesc\b|image_desc|img_desc|pic_?txt|picture-?text|photo-?cap|expnote|\bpic_?note", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionClass();

    // Every alternative of CaptionClass contains one of these (caption and photo-cap "cap", the descs "desc", the pics "pic"):
    // one vectorised search rejects most hints before the regex.
    private static readonly SearchValues<string> CaptionClassParts = SearchValues.Create(["cap", "desc", "pic", "expnote"], StringComparison.Ordinal);

    private static bool MayBeCaptionClass(string hints) => hints.AsSpan().ContainsAny(CaptionClassParts);

    [GeneratedRegex(@"caption|pic|img|image|photo|figure|desc|note|\btu\b|tuku|expnote|\bcenter", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionHint();

    /// <summary>A caption usually repeats the image's alt text, sometimes with a credit after it (…。（资料图）).</summary>
    private static bool RepeatsAltText(Block block, IReadOnlySet<string> altTexts)
    {
        if (altTexts.Count == 0)
        {
            return false;
        }

        foreach (var alt in altTexts)
        {
            if (block.KeyLength <= alt.Length + 12 && block.KeyStartsWith(alt))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Long, punctuated, link-free: a paragraph of the article whatever surrounds it.</summary>
    public static bool IsRunningText(Block block) =>
        block.Metrics.Weight >= 25 && block.Metrics.Punctuation >= 2 && BlockWeights.EffectiveLinkDensity(block) <= 0.3;

    public static bool EndsSentence(string text) => text.Length > 0 && CharClass.IsSentenceEnd(text[^1]);

    public static bool IsCreditLine(string text, CompiledLexicon lexicon)
    {
        if (!lexicon.MayMatchCreditRole(text))
        {
            return false;
        }

        var match = lexicon.CreditRole.Match(text);
        if (!match.Success)
        {
            return text.Length <= 60 && CreditAfterSource(text, lexicon);
        }

        // The role opens the line (after an optional bracket), or follows another credit or a source label on the same line.
        var prefix = text.AsSpan(0, match.Index).Trim();
        return prefix.Length == 0 || prefix is "(" or "（" or "[" or "【" || (prefix.Length <= 24 && lexicon.MayMatchCreditRole(prefix) && lexicon.CreditRole.IsMatch(prefix.ToString()))
            || (lexicon.MayMatchAuthorLabel(prefix) && lexicon.AuthorLabel.Match(prefix.ToString()) is { Success: true, Index: 0 })
            || (prefix.Length <= 24 && LabelEnd(prefix, lexicon.Lexicon.SourceLabels) >= 0);
    }

    /// <summary>
    /// A source label and then a credit, run into the names before them (<c>杨倩本文来源：证券市场红周刊责任编辑：杨倩_NF4425</c>),
    /// which the credit pattern misses because a letter stands right before the role.
    /// </summary>
    private static bool CreditAfterSource(string text, CompiledLexicon lexicon)
    {
        var source = LabelEnd(text, lexicon.Lexicon.SourceLabels);
        return source >= 0 && LabelEnd(text.AsSpan(source), lexicon.Lexicon.CreditRoles) >= 0;
    }

    /// <summary>Where the first of <paramref name="labels"/> followed by a colon ends in <paramref name="text"/>, or -1.</summary>
    private static int LabelEnd(ReadOnlySpan<char> text, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            var at = text.IndexOf(label, StringComparison.Ordinal);
            if (at >= 0 && at + label.Length < text.Length && text[at + label.Length] is ':' or '：')
            {
                return at + label.Length + 1;
            }
        }

        return -1;
    }

    public static bool IsBylineLine(string text, CompiledLexicon lexicon)
    {
        // A label further in than index 8 does not count (below): the search need not look past the line's first few characters.
        if (!lexicon.MayMatchAuthorLabelBy(text, maxIndex: 8))
        {
            return false;
        }

        var match = lexicon.AuthorLabel.Match(text);
        if (!match.Success || match.Index > 8 || match.Length == text.Length)
        {
            return false;
        }

        // "文" alone is too common a character: require a separator after it.
        var label = match.Groups["label"].Value;
        if (label.Length == 1 && match.Length == 1)
        {
            return false;
        }

        return !EndsSentence(text) || text.Length <= 20;
    }

    private static bool IsDatelineLine(Block block, CompiledLexicon lexicon)
    {
        var text = block.Text;
        // The cheap conditions first: the regexes decide only for a short line that ends no sentence.
        if (block.Metrics.Weight > 30 || EndsSentence(text))
        {
            return false;
        }

        // "TNW中文站 10月14日报道", "新华社北京7月12日电": a dateline lead opens the body.
        if (lexicon.Leads.ClosingDate.IsMatch(text))
        {
            return false;
        }

        return lexicon.DateLike.IsMatch(text);
    }

    /// <summary>A source label opening the line (<c>来源：X</c>), or an end attribution (<c>Theo TTXVN</c>).</summary>
    public static bool IsSourceLine(string text, CompiledLexicon lexicon) =>
        (lexicon.MayOpenWithSourceLabel(text) && lexicon.SourceLabel.IsMatch(text)) || lexicon.Attributions.OpensEndAttribution(text);

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
            if (blocks[i].Metrics.Weight <= 80 && blocks[i].KeyEquals(titleKey))
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
        while (i > titleIndex && skipped <= 4)
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

            block.Role = BlockRole.Boilerplate;
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

            block.Role = BlockRole.Byline;
        }
    }

    // Quotes count as punctuation but a quoted phrase (a subtitle like 气垫“伤机”) is not yet a sentence.
    // A dateline lead ("TNW中文站 10月14日报道") opens the body however short it is; initials ("H.V.") never do.
    // A note in brackets ("（应受访者要求，文中张严为化名。）") or a quoted line ("“妈妈，为什么还不能出去？”") is a
    // sentence when its inside ends one.
    private static bool LooksLikeParagraph(Block block, CompiledLexicon lexicon) =>
        (block.Metrics.Weight >= 5 && block.Metrics.Punctuation > 0 && (block.Metrics.Weight >= 20 || EndsFullStop(block.Text.AsSpan().TrimEnd(")）”」』\""))))
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
                block.Role = BlockRole.Boilerplate;
            }
        }
    }
}
