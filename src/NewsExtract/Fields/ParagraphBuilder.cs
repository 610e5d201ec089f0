using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Languages;

namespace NewsExtract.Fields;

/// <summary>Turns the body blocks into paragraphs and names each one's kind (lead, heading, quote, text).</summary>
internal static class ParagraphBuilder
{
    public static IReadOnlyList<Paragraph> Build(IReadOnlyList<Block> blocks, CompiledLexicon lexicon)
    {
        var paragraphs = new List<Paragraph>();
        foreach (var block in blocks)
        {
            if (block.Role != BlockRole.Body)
            {
                continue;
            }

            paragraphs.Add(new Paragraph(block.Text, KindOf(block, paragraphs.Count == 0, lexicon)));
        }

        return paragraphs;
    }

    private static ParagraphKind KindOf(Block block, bool isFirst, CompiledLexicon lexicon)
    {
        if (isFirst && (lexicon.Leads.Opening.IsMatch(block.Text) || LineCues.SapoTag().IsMatch(block.Text)))
        {
            return ParagraphKind.Lead;
        }

        if (block.Tag == BlockTag.Quote)
        {
            return ParagraphKind.Quote;
        }

        var shortUnpunctuated = block.Metrics.ReadingLength <= 40 && !BlockClassifier.EndsSentence(block.Text) && block.Metrics.Punctuation <= 1;
        if (block.Tag is BlockTag.Heading or BlockTag.Heading1 || shortUnpunctuated)
        {
            return ParagraphKind.Heading;
        }

        if (isFirst && block.Tag is BlockTag.Heading)
        {
            return ParagraphKind.Lead;
        }

        return ParagraphKind.Text;
    }
}
