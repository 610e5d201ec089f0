using NewsExtract.Classification;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Related;

/// <summary>
/// Related-article lists: the heading over one (<c>相关阅读</c>, <c>Tin liên quan</c>), a link set between paragraphs
/// (<c>&gt;&gt; Công chức được nghỉ 9 ngày…</c>), and a teaser of another page closed by its "read more" link
/// (<c>…就是所谓的…… [全文]</c>).
/// </summary>
internal static class RelatedLists
{
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
}

/// <summary>A lexicon's teaser ending: a summary closed by its "read more" link (<c>[全文]</c>, <c>【详细】</c>, <c>更多&gt;&gt;</c>).</summary>
internal sealed class ReadMorePatterns
{
    public ReadMorePatterns(Lexicon lexicon, PatternCatalog catalog)
    {
        // Either the label in brackets, or the label before >>; white space may close the line after it.
        var labels = lexicon[LexiconLists.ReadMoreLabels];
        TeaserEnding = catalog.Start("teaser ending")
            .Add(@"[\[【]" + Words.Alternation(labels) + @"[\]】]", ["]", "】"])
            .Add(Words.Alternation(labels) + @"\s*>>", [">>"])
            .AtEnd(@"\s");
    }

    /// <summary>A "read more" link closing the text.</summary>
    public LexiconPattern TeaserEnding { get; }
}
