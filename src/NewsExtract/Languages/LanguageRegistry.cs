namespace NewsExtract.Languages;

/// <summary>How the language detector counts a language's <see cref="LexiconLists.DetectorLetters"/>.</summary>
internal enum DetectorRole
{
    /// <summary>Not told apart by letters.</summary>
    None = 0,

    /// <summary>A Latin-script language whose letters outweigh a page's few ideographs (Vietnamese).</summary>
    LatinLetters,

    /// <summary>Chinese in simplified characters: its letters are characters only that script uses.</summary>
    SimplifiedScript,

    /// <summary>Chinese in traditional characters.</summary>
    TraditionalScript,
}

/// <summary>A language NewsExtract reads: its tag, lexicon file, and the lexicon it is compiled into.</summary>
/// <param name="Tag">The BCP 47 tag, which is also the name of its file: <c>Languages/{Tag}.json</c>.</param>
/// <param name="Language">The page language it reads.</param>
/// <param name="Lexicon">
/// The lexicon it is compiled into: languages sharing one (the two Chinese scripts) are read together, each page with
/// the words of both, and compiled once.
/// </param>
/// <param name="Detector">How the language detector tells it apart.</param>
internal sealed record RegisteredLanguage(string Tag, ContentLanguage Language, string Lexicon, DetectorRole Detector);

/// <summary>
/// The built-in languages. Adding one is a lexicon file (<c>Languages/{tag}.json</c>, embedded by the project's wildcard)
/// and a line here; its <see cref="ContentLanguage"/> value makes it a page language the detector can answer.
/// </summary>
internal static class LanguageRegistry
{
    public static IReadOnlyList<RegisteredLanguage> BuiltIn { get; } =
    [
        new("zh-Hans", ContentLanguage.ChineseSimplified, Lexicon: "zh", DetectorRole.SimplifiedScript),
        new("zh-Hant", ContentLanguage.ChineseTraditional, Lexicon: "zh", DetectorRole.TraditionalScript),
        new("vi", ContentLanguage.Vietnamese, Lexicon: "vi", DetectorRole.LatinLetters),
    ];

    /// <summary>The lexicon a page language is read with; an undetermined page with the first (Chinese: its cues are the more distinctive).</summary>
    public static string LexiconOf(ContentLanguage language) =>
        (BuiltIn.FirstOrDefault(l => l.Language == language) ?? BuiltIn[0]).Lexicon;
}
