using NewsExtract.Blocks;

namespace NewsExtract.Classification;

/// <summary>
/// Text captures print an image's alt text and its caption one after the other, or run together on one line.
/// Such repeated texts are captions; so is a short caption-like line right before them (a credit under the photo).
/// </summary>
internal static class TextCaptions
{
    /// <returns>The keys of repeated texts, and the indexes of the lines just before a repetition.</returns>
    public static (HashSet<string> Echoes, HashSet<int> BeforeEchoes) Find(TextCapture capture)
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

            previousKey = key;
        }

        return (echoes, before);
    }
}
