using System.Text.Json.Serialization;
using NewsExtract.Serialization;

namespace NewsExtract;

/// <summary>The languages NewsExtract reads. JSON: the BCP 47 tag (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>vi</c>, <c>und</c>).</summary>
[JsonConverter(typeof(ContentLanguageJsonConverter))]
public enum ContentLanguage
{
    /// <summary>Not determined (an empty or non-text page).</summary>
    Unknown = 0,

    /// <summary>Chinese in simplified characters (BCP 47 <c>zh-Hans</c>).</summary>
    ChineseSimplified,

    /// <summary>Chinese in traditional characters (BCP 47 <c>zh-Hant</c>).</summary>
    ChineseTraditional,

    /// <summary>Vietnamese (BCP 47 <c>vi</c>).</summary>
    Vietnamese,
}

/// <summary>Conversions of <see cref="ContentLanguage"/>.</summary>
public static class ContentLanguageExtensions
{
    /// <summary>The BCP 47 tag: <c>zh-Hans</c>, <c>zh-Hant</c>, <c>vi</c>, or <c>und</c>.</summary>
    public static string ToLanguageTag(this ContentLanguage language) => language switch
    {
        ContentLanguage.ChineseSimplified => "zh-Hans",
        ContentLanguage.ChineseTraditional => "zh-Hant",
        ContentLanguage.Vietnamese => "vi",
        _ => "und",
    };

    /// <summary>The language a BCP 47 tag names (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>vi</c>); <see cref="ContentLanguage.Unknown"/> for any other.</summary>
    public static ContentLanguage FromLanguageTag(string? tag) => tag switch
    {
        "zh-Hans" => ContentLanguage.ChineseSimplified,
        "zh-Hant" => ContentLanguage.ChineseTraditional,
        "vi" => ContentLanguage.Vietnamese,
        _ => ContentLanguage.Unknown,
    };

    /// <summary>True for both Chinese scripts.</summary>
    public static bool IsChinese(this ContentLanguage language) =>
        language is ContentLanguage.ChineseSimplified or ContentLanguage.ChineseTraditional;
}
