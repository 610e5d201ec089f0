using System.Text;

namespace NewsExtract.Blocks;

/// <summary>
/// Removes what text browsers print in place of non-text elements: image names in brackets (<c>[logo.gif]</c>,
/// <c>[INS: :INS]</c>), form fields (<c>____</c>, <c>(BUTTON)</c>), and recognises lines that are only an
/// iframe, embed or bare address.
/// </summary>
internal static class TextArtefacts
{
    /// <summary>The line without bracketed element names and form fields (the line itself when it has none).</summary>
    public static string Strip(string line)
    {
        if (!MayStrip(line))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '[' && ElementName(line, i) is var end and > 0)
            {
                i = end;
                continue;
            }

            if (c == '_' && i + 2 < line.Length && line[i + 1] == '_' && line[i + 2] == '_')
            {
                while (i < line.Length && line[i] == '_')
                {
                    i++;
                }

                continue;
            }

            if (c == '(' && string.CompareOrdinal(line, i, "(BUTTON)", 0, 8) == 0)
            {
                i += 8;
                continue;
            }

            builder.Append(c);
            i++;
        }

        return builder.Length == line.Length ? line : builder.ToString().Trim();
    }

    /// <summary>False when <see cref="Strip"/> would return the line unchanged.</summary>
    public static bool MayStrip(ReadOnlySpan<char> line) =>
        line.IndexOfAny('[', '_', '(') >= 0 // one scan rules out most lines: each artefact holds one of these
        && (line.IndexOf('[') >= 0 || line.IndexOf("___", StringComparison.Ordinal) >= 0 || line.IndexOf("(BUTTON)", StringComparison.Ordinal) >= 0);

    /// <summary>True for a line that is only an element's address: <c>IFRAME: http…</c>, <c>embed(http…)</c>, a bare URL.</summary>
    public static bool IsMarkupLine(ReadOnlySpan<char> line) =>
        line.StartsWith("IFRAME:", StringComparison.Ordinal) || line.StartsWith("embed(", StringComparison.OrdinalIgnoreCase)
        || ((line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) && line.IndexOf(' ') < 0);

    /// <summary>
    /// The index after <c>]</c> when the bracket holds an element name: no spaces, and either ASCII only (an image
    /// file, <c>navRow</c>) or a file name; 0 otherwise. Bracketed words of the text (<c>[值班总编推荐]</c>) stay.
    /// </summary>
    private static int ElementName(string line, int open)
    {
        var close = line.IndexOf(']', open + 1);
        if (close < 0 || close - open > 300)
        {
            return 0;
        }

        var inner = line.AsSpan(open + 1, close - open - 1);
        if (inner.StartsWith("INS:") || inner.StartsWith("DEL:"))
        {
            return close + 1;
        }

        var ascii = true;
        foreach (var c in inner)
        {
            if (c == ' ')
            {
                return 0;
            }

            ascii &= c < 128;
        }

        return ascii || HasImageExtension(inner) ? close + 1 : 0;
    }

    private static bool HasImageExtension(ReadOnlySpan<char> name) =>
        name.Contains(".jpg", StringComparison.OrdinalIgnoreCase) || name.Contains(".jpeg", StringComparison.OrdinalIgnoreCase)
        || name.Contains(".png", StringComparison.OrdinalIgnoreCase) || name.Contains(".gif", StringComparison.OrdinalIgnoreCase)
        || name.Contains(".webp", StringComparison.OrdinalIgnoreCase);
}
