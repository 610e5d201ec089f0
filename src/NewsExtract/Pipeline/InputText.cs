using System.Buffers;

namespace NewsExtract.Pipeline;

/// <summary>Checks on input text before it is parsed: binary content, and UTF-16 that is not well-formed.</summary>
internal static class InputText
{
    private const int SniffChars = 64 * 1024;

    /// <summary>
    /// True when the text is mostly not text: an image, a PDF or other binary read as a page. Decoded binary is full of
    /// C0 control characters (about one byte in nine of random data); pages carry none beyond tab and line breaks, or a stray
    /// few. Replacement characters are not counted: a page decoded with the wrong charset has many and is still a page.
    /// </summary>
    public static bool LooksBinary(string text)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, SniffChars));
        var controls = 0;
        for (var rest = span; rest.IndexOfAny(Controls) is var at and >= 0; rest = rest[(at + 1)..])
        {
            controls++;
        }

        return controls >= 2 && controls * 50 > span.Length;
    }

    // The C0 controls but tab and line breaks: rare in text, so a vectorised search jumps from one to the next.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>Replaces unpaired surrogates (possible in a .NET string, never valid text) with U+FFFD; returns the same instance when there are none.</summary>
    public static string WithoutLoneSurrogates(string text)
    {
        var first = FirstLoneSurrogate(text, 0);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (var i = state.first; i >= 0; i = FirstLoneSurrogate(state.text, i + 1))
            {
                chars[i] = '\uFFFD';
            }
        });
    }

    /// <summary>A plain-text capture without NUL characters (HTML parsing drops them itself).</summary>
    public static string WithoutNul(string text) => text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", "", StringComparison.Ordinal) : text;

    private static int FirstLoneSurrogate(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            // Jumps to the next surrogate with a vectorised search (most pages have none at all).
            var next = text.AsSpan(i).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
