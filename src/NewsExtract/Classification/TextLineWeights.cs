using NewsExtract.Blocks;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>
/// Text captures carry no links or containers, so the shared weights see a related headline or a menu item as
/// text. These cues stand in for the markup: a line shown twice (an image's alt text and caption, a linked teaser
/// and its title), a player readout, a run of short words, and a short line that ends no sentence (headlines,
/// labels, menu entries) all count against the article.
/// </summary>
internal static class TextLineWeights
{
    public static void Adjust(TextCapture capture, double[] weights)
    {
        var blocks = capture.Blocks;
        var keys = new string[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            keys[i] = blocks[i].Key;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var units = block.Metrics.Weight;
            if (capture.Lines[i].Doubled || IsEcho(keys, i))
            {
                weights[i] = Math.Min(weights[i], -3);
            }
            else if (LineCues.PlayerReadout().IsMatch(block.Text) || TextLineShapes.IsWordRun(block))
            {
                weights[i] = Math.Min(weights[i], -2);
            }
            else if (units < 40 && !BlockClassifier.EndsSentence(block.Text))
            {
                weights[i] = Math.Min(weights[i], -1 - (units * 0.05));
            }
        }
    }

    /// <summary>The line repeats its neighbour: one of a caption pair, never a paragraph.</summary>
    public static bool IsEcho(IReadOnlyList<string> keys, int i) =>
        keys[i].Length >= 4 && ((i > 0 && keys[i - 1] == keys[i]) || (i + 1 < keys.Count && keys[i + 1] == keys[i]));
}
