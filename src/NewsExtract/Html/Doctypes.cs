namespace NewsExtract.Html;

/// <summary>
/// Which doctypes put a page in quirks mode (the HTML standard's list, abridged to the identifiers pages still carry).
/// The tree builder's one quirk that changes what extraction sees: a <c>&lt;table&gt;</c> does not close an open
/// <c>&lt;p&gt;</c>.
/// </summary>
internal static class Doctypes
{
    private static readonly string[] QuirkyPublicPrefixes =
    [
        "+//silmaril//dtd html pro v0r11 19970101//", "-//as//dtd html 3.0 aswedit + extensions//",
        "-//advasoft ltd//dtd html 3.0 aswedit + extensions//", "-//ietf//dtd html", "-//metrius//dtd metrius presentational//",
        "-//microsoft//dtd internet explorer", "-//netscape comm. corp.//dtd", "-//o'reilly and associates//dtd html",
        "-//softquad", "-//spyglass//dtd html 2.0 extended//", "-//sq//dtd html 2.0 hotmetal + extensions//",
        "-//sun microsystems corp.//dtd hotjava", "-//w3c//dtd html 3", "-//w3c//dtd html 4.0 frameset//",
        "-//w3c//dtd html 4.0 transitional//", "-//w3c//dtd html experimental", "-//w3c//dtd w3 html//", "-//w3o//dtd w3 html 3.0//",
        "-//webtechs//dtd mozilla html", "-//w3c//dtd html 2.0",
    ];

    /// <summary>
    /// Whether the doctype whose text follows <c>&lt;!DOCTYPE</c> (up to its <c>&gt;</c>) means quirks mode. A doctype cut
    /// off by the end of the page (<paramref name="closed"/> false) always does.
    /// </summary>
    public static bool MeansQuirks(ReadOnlySpan<char> declaration, bool closed = true)
    {
        if (!closed)
        {
            return true;
        }

        var text = declaration.ToString().ToLowerInvariant();
        var words = text.Split([' ', '\t', '\n', '\r', '\f'], 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0] != "html")
        {
            return true;
        }

        var quoted = Quoted(text);
        var isPublic = words.Length > 1 && words[1].TrimStart().StartsWith("public", StringComparison.Ordinal);
        var publicId = isPublic && quoted.Count > 0 ? quoted[0] : null;
        var systemId = isPublic ? (quoted.Count > 1 ? quoted[1] : null) : (quoted.Count > 0 ? quoted[0] : null);
        if (publicId is null)
        {
            return systemId == "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd";
        }

        if (publicId is "-//w3o//dtd w3 html strict 3.0//en//" or "-/w3c/dtd html 4.0 transitional/en" or "html"
            || QuirkyPublicPrefixes.Any(p => publicId.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        return systemId is null
            && (publicId.StartsWith("-//w3c//dtd html 4.01 frameset//", StringComparison.Ordinal)
                || publicId.StartsWith("-//w3c//dtd html 4.01 transitional//", StringComparison.Ordinal));
    }

    private static List<string> Quoted(string text)
    {
        var values = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('"' or '\''))
            {
                continue;
            }

            var close = text.IndexOf(text[i], i + 1);
            if (close < 0)
            {
                values.Add(text[(i + 1)..]);
                break;
            }

            values.Add(text[(i + 1)..close]);
            i = close;
        }

        return values;
    }
}
