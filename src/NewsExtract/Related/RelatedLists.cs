using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Related;

/// <summary>
/// Related-article lists, everything about them but their items (<see cref="RelatedItems"/>) and the rules that give
/// their blocks a role (<see cref="RelatedHeadingRule"/> and the others of <c>RelatedRules.cs</c>): the heading over one (<c>相关阅读</c>, <c>Tin liên quan</c>), a link
/// set between paragraphs (<c>&gt;&gt; Công chức được nghỉ 9 ngày…</c>), a list running on under its heading, and where
/// a list ends a text capture's article.
/// </summary>
internal static class RelatedLists
{
    /// <summary>The longest line, in reading units, a text capture's related heading may be.</summary>
    private const int MaxTextHeading = 20;

    /// <summary>The longest heading line, in characters once its marks are trimmed.</summary>
    private const int MaxHeadingLength = 20;

    /// <summary>A related-list heading: one of the lexicon's headings opening a short line (marks around it trimmed).</summary>
    public static bool IsHeading(string text, CompiledLexicon lexicon)
    {
        // Trimmed as a span: asked of nearly every short block, and a trimmed copy of each was most of the classifier's garbage.
        var trimmed = text.AsSpan().Trim(" :：>»›|-■▌【】[]");
        return trimmed.Length <= MaxHeadingLength && lexicon.OpensRelatedHeading(trimmed);
    }

    /// <summary>A link to another story set between paragraphs: <c>&gt;&gt; …</c>, <c>» …</c>, ending no sentence.</summary>
    public static bool IsPointerLink(string text) =>
        (text.StartsWith(">>", StringComparison.Ordinal) || text.StartsWith('»')) && !BlockClassifier.EndsSentence(text);

    /// <summary>
    /// A related heading of a text capture whose list leaves less text after it than the article has before it
    /// (<paramref name="before"/>): the list ends the article, while a "most read" box set inside the article is followed
    /// by the rest of it. <paramref name="after"/> holds what each line leaves after it.
    /// </summary>
    public static bool EndsTextArticle(IReadOnlyList<Block> blocks, double[] after, int i, int last, double before, CompiledLexicon lexicon)
    {
        if (blocks[i].Metrics.ReadingLength > MaxTextHeading || !IsHeading(blocks[i].Text, lexicon))
        {
            return false;
        }

        var end = i + 1 < blocks.Count && blocks[i + 1].IsListItem ? RelatedItems.ReadTextList(blocks, i + 1, lexicon).End : i + 1;
        return before >= after[Math.Min(end, last + 1)];
    }
}

/// <summary>
/// A related list running on under its heading: the blocks after a related heading that read as body or are links are
/// its items, until running text (the article goes on) or the headline or the article's start (the classifier breaks it).
/// </summary>
internal struct RelatedRun
{
    /// <summary>What <c>--explain</c> names a block this run made related.</summary>
    public const string RuleName = "related-list";

    private bool _open;

    /// <summary>The run ends: a list never runs across the headline or into the article.</summary>
    public void Break() => _open = false;

    /// <summary>The role of the next block given the role its rules gave it: related where the run takes it in.</summary>
    public BlockRole Next(Block block, BlockRole role)
    {
        if (role == BlockRole.RelatedHeading)
        {
            _open = true;
            return role;
        }

        if (!_open)
        {
            return role;
        }

        if (role == BlockRole.Body && BlockClassifier.IsRunningText(block))
        {
            _open = false;
            return role;
        }

        return role == BlockRole.Body || (role == BlockRole.Boilerplate && block.Href is not null) ? BlockRole.Related : role;
    }
}

/// <summary>A lexicon's teaser ending: a summary closed by its "read more" link (<c>[全文]</c>, <c>【详细】</c>, <c>更多&gt;&gt;</c>).</summary>
internal sealed class ReadMorePatterns
{
    public ReadMorePatterns(Lexicon lexicon, PatternCatalog catalog)
    {
        // Either the label in brackets, or the label before >>; white space may close the line after it.
        var labels = lexicon[LexiconLists.ReadMoreLabels];
        string[] brackets = labels.Count == 0 ? [] : ["]", "】"];
        string[] arrows = labels.Count == 0 ? [] : [">>"];
        TeaserEnding = catalog.Start("teaser ending")
            .Add(@"[\[【]" + Words.Alternation(labels) + @"[\]】]", brackets)
            .Add(Words.Alternation(labels) + @"\s*>>", arrows)
            .AtEnd(@"\s");
    }

    /// <summary>A "read more" link closing the text.</summary>
    public LexiconPattern TeaserEnding { get; }
}
