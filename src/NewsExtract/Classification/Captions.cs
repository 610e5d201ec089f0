using System.Text.RegularExpressions;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>
/// The caption patterns of a lexicon: a caption's opening words (<c>图为</c>, <c>资料图：</c>, <c>Ảnh:</c>) and the
/// photographer's credit closing a caption (<c>… Ảnh Trọng Đức.</c>, <c>…（记者 张三 摄）</c>, <c>… (Ảnh: TTXVN)</c>).
/// </summary>
internal sealed class CaptionPatterns
{
    public CaptionPatterns(Lexicon lexicon, PatternCatalog catalog)
    {
        // A word written with a colon must be followed by one (of either width, white space before it allowed).
        var openings = lexicon[LexiconLists.CaptionOpenings];
        Opening = catalog.Start("caption opening")
            .AddWords(openings.Where(w => !EndsInColon(w)), w => w)
            .AddWords(openings.Where(EndsInColon).Select(w => w.TrimEnd(':', '：').TrimEnd()), w => w + @"\s*" + Separators.Class(Separators.Colons))
            .AtStart(skipClass: null);

        var credit = catalog.Start("photo credit ending");
        foreach (var opening in lexicon[LexiconLists.PhotoCreditOpenings])
        {
            var word = Words.Escape(opening);
            credit.Add($@"\b{word}\s*:?\s*\p{{Lu}}[\p{{L}}\s./]{{1,30}}", [opening]).Add($@"\({word}[^()]{{0,40}}\)", [opening]);
        }

        PhotoCreditEnding = credit.AddWords(lexicon[LexiconLists.PhotoMarks], w => @"[\p{L}\s]{1,12}" + w).Anywhere(suffix: @"\s*[)）.。]?\s*$");
    }

    private static bool EndsInColon(string word) => word.EndsWith(':') || word.EndsWith('：');

    /// <summary>A caption's opening words at the start of the line.</summary>
    public LexiconPattern Opening { get; }

    /// <summary>A photographer's credit closing the line.</summary>
    public LexiconPattern PhotoCreditEnding { get; }
}
