using NewsExtract.Blocks;
using NewsExtract.Languages;

namespace NewsExtract.Classification;

/// <summary>
/// Text captures print an image's alt text and its caption one after the other, or run together on one line.
/// Such repeated texts are captions; so is a short caption-like line right before them (a credit under the photo), and
/// an alt text followed by its caption under a label.
/// </summary>
internal static class TextCaptions
{
    /// <returns>The keys of repeated texts, and the indexes of the lines just before a repetition.</returns>
    public static (HashSet<string> Echoes, HashSet<int> BeforeEchoes) Find(TextCapture capture, CompiledLexicon lexicon)
    {
        var blocks = capture.Blocks;
        var echoes = new HashSet<string>(StringComparer.Ordinal);
        var before = new HashSet<int>();
        var previousKey = "";
        for (var i = 0; i < blocks.Count; i++)
        {
            var key = blocks[i].Key;
            var echoed = key.Length >= 4 && key == previousKey;
            if (capture.Lines[i].Doubled || echoed)
            {
                echoes.Add(key);
                var first = echoed ? i - 2 : i - 1;
                if (first >= 0)
                {
                    before.Add(first);
                }
            }

            // The alt text over a caption that repeats it after a label (无性婚姻能走多远？ / 资料图：无性婚姻能走多远？).
            if (key.Length >= 4 && i + 1 < blocks.Count && blocks[i + 1].Key.EndsWith(key, StringComparison.Ordinal)
                && lexicon.Captions.Opening.IsMatch(blocks[i + 1].Text))
            {
                echoes.Add(key);
            }

            previousKey = key;
        }

        return (echoes, before);
    }

    /// <summary>Longest caption, in reading units, of a run of photo captions closing the article.</summary>
    private const int MaxCaption = 30;

    /// <summary>
    /// A gallery closes many articles: short one-sentence lines after the last paragraph, one of them signed by the
    /// photographer (<c>Hang đá tại giáo xứ Vạn Lộc. Ảnh Trọng Đức.</c>). The whole run is captions: the span of blocks it
    /// covers (its body blocks become captions), or null when the article closes with none.
    /// </summary>
    public static (int First, int Last)? TrailingGallery(IReadOnlyList<Block> blocks, ContentRange range, CompiledLexicon lexicon)
    {
        if (range.IsEmpty)
        {
            return null;
        }

        var first = range.Last + 1;
        var signed = false;
        for (var i = range.Last; i >= range.First; i--)
        {
            var block = blocks[i];
            if (block.Role != BlockRole.Body)
            {
                continue;
            }

            if (block.Metrics.ReadingLength > MaxCaption)
            {
                break;
            }

            signed |= lexicon.Captions.PhotoCreditEnding.IsMatch(block.Text);
            first = i;
        }

        return signed && HasParagraphBefore(blocks, range.First, first) ? (first, range.Last) : null;
    }

    private static bool HasParagraphBefore(IReadOnlyList<Block> blocks, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (blocks[i].Role == BlockRole.Body && BlockClassifier.IsRunningText(blocks[i]))
            {
                return true;
            }
        }

        return false;
    }
}
