using System.Text;

namespace NewsExtract.Decoding;

/// <summary>Resolves charset labels (from headers, meta tags, detectors) to .NET encodings.</summary>
internal static class CharsetNames
{
    static CharsetNames()
    {
        // Code pages (GB18030, Big5, Windows-125x) live in a provider that must be registered once.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>UTF-8 without BOM emission; decoding with it uses the default replacement fallback.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    public static Encoding Big5 => Encoding.GetEncoding(950);

    public static Encoding Windows1258 => Encoding.GetEncoding(1258);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>The lower-case web name used in results, e.g. <c>utf-8</c>, <c>gb18030</c>, <c>big5</c>.</summary>
    public static string WebName(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "utf-8",
        54936 => "gb18030",
        950 => "big5",
        _ => encoding.WebName.ToLowerInvariant(),
    };

    /// <summary>
    /// Resolves a label such as <c>gbk</c>, <c>"UTF-8"</c> or a whole content type (<c>text/html; charset=gb2312</c>).
    /// GB2312/GBK aliases map to GB18030 (their superset), Big5-HKSCS to Big5, ISO-8859-1/ASCII to Windows-1252
    /// (as browsers do). Returns null for names .NET does not know.
    /// </summary>
    public static Encoding? Resolve(string? label)
    {
        var name = Clean(label);
        if (name.Length == 0)
        {
            return null;
        }

        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8" or "unicode20utf8":
                return Utf8;
            case "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "gb_2312" or "gb18030" or "csgb2312" or "chinese"
                or "iso-ir-58" or "cp936" or "windows-936" or "ms936" or "euc-cn" or "x-euc-cn" or "csiso58gb231280" or "gb-2312":
                return Gb18030;
            case "big5" or "big5-hkscs" or "cn-big5" or "x-x-big5" or "csbig5" or "cp950" or "windows-950" or "big-5":
                return Big5;
            case "iso-8859-1" or "latin1" or "l1" or "iso8859-1" or "iso_8859-1" or "ascii" or "us-ascii" or "x-user-defined" or "cp819":
                return Windows1252;
            case "utf-7" or "csunicode11utf7" or "replacement" or "iso-2022-cn" or "iso-2022-cn-ext" or "iso-2022-kr" or "hz-gb-2312":
                return null; // not safe or not meaningful for HTML; browsers refuse these too
            case "utf-16" or "utf-16le" or "unicode":
                return Encoding.Unicode;
            case "utf-16be" or "unicodefffe":
                return Encoding.BigEndianUnicode;
            case "utf-32" or "utf-32le":
                return Encoding.UTF32;
            case "utf-32be":
                return new UTF32Encoding(bigEndian: true, byteOrderMark: false);
            default:
                break;
        }

        var codePage = CodePageNumber(name);
        try
        {
            return codePage > 0 ? Encoding.GetEncoding(codePage) : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Lower-cases and strips quotes, whitespace and a <c>…charset=</c> prefix.</summary>
    internal static string Clean(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return string.Empty;
        }

        var s = label.AsSpan().Trim();
        var at = s.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            s = s[(at + 7)..].TrimStart();
            if (s.StartsWith('='))
            {
                s = s[1..];
            }
        }

        s = s.Trim().Trim("\"' ").Trim();
        var end = s.IndexOfAny(";, \t");
        if (end >= 0)
        {
            s = s[..end];
        }

        return s.ToString().ToLowerInvariant();
    }

    private static int CodePageNumber(string name)
    {
        ReadOnlySpan<char> digits = name;
        foreach (var prefix in (ReadOnlySpan<string>)["windows-", "x-cp", "cp", "ms", "windows"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                digits = name.AsSpan(prefix.Length);
                break;
            }
        }

        return digits.Length is > 2 and < 6 && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && digits.Length != name.Length
            ? n
            : 0;
    }
}
