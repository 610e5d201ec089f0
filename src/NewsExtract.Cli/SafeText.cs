using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsExtract.Cli;

/// <summary>
/// What the command writes for people to read is safe to show on a terminal: no control character (an ESC would start an
/// escape sequence) and no bidirectional override or isolate (which reorder what follows). The library already keeps them
/// out of an article; this covers what the command adds itself — file names from the command line, error messages —
/// and guards the text formats a second time.
/// </summary>
internal static class SafeText
{
    // C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c))
        + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>A one-line message: every unsafe character, line breaks included, written as <c>\uXXXX</c>.</summary>
    public static string ForTerminal(string text) => Escape(text, keepLineBreaks: false);

    /// <summary>Multi-line text: tabs and line breaks kept, every other unsafe character written as <c>\uXXXX</c>.</summary>
    public static string ForDisplay(string text) => Escape(text, keepLineBreaks: true);

    /// <summary>Text a JSON writer accepts: unpaired surrogates replaced by U+FFFD.</summary>
    public static string ForJson(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    private static string Escape(string text, bool keepLineBreaks)
    {
        var at = text.AsSpan().IndexOfAny(Unsafe);
        if (at < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text.AsSpan(0, at));
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            if (!Unsafe.Contains(c) || (keepLineBreaks && (c is '\n' or '\t' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }
}
