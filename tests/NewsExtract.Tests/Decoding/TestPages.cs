using System.Globalization;
using System.Text;
using NewsExtract.Decoding;

namespace NewsExtract.Tests.Decoding;

/// <summary>Builds test pages from our own sentences; no corpus bytes are used.</summary>
internal static class TestPages
{
    public const string Simplified =
        "新华社北京电 记者从有关部门获悉，今年以来全国各地积极推进城市更新工作，一批老旧小区完成改造，居民生活条件明显改善。"
        + "专家表示，下一步应当继续完善相关政策，加强资金保障，鼓励社会力量参与，让更多群众享受到发展成果。";

    public const string Traditional =
        "中央社記者台北報導，行政院今天召開會議，討論明年度的經濟發展計畫。官員表示，政府將持續推動產業轉型，"
        + "擴大公共建設投資，並加強對中小企業的支持，希望讓經濟成長的成果由全體國民共享。";

    public const string Vietnamese =
        "Hà Nội - Theo thông tin từ Bộ Giáo dục và Đào tạo, kỳ thi tốt nghiệp trung học phổ thông năm nay sẽ được tổ chức vào cuối tháng sáu. "
        + "Các trường đang khẩn trương ôn tập cho học sinh, đồng thời chuẩn bị cơ sở vật chất để bảo đảm an toàn cho kỳ thi. "
        + "Nhiều phụ huynh cho biết họ rất quan tâm đến những thay đổi trong cách ra đề.";

    public const string French =
        "Le gouvernement a présenté mercredi un projet de loi destiné à améliorer l'accès aux soins dans les régions rurales. "
        + "Selon le ministre, les hôpitaux de proximité recevront des crédits supplémentaires dès l'été prochain, "
        + "et les étudiants en médecine seront encouragés à s'installer là où les besoins sont les plus élevés. Ça coûtera cher, a-t-il reconnu.";

    /// <summary>An HTML page: optional head markup (meta tags), then <paramref name="paragraphs"/> copies of <paramref name="text"/>.</summary>
    public static string Html(string text, string head = "", int paragraphs = 6)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html>\n<head>\n").Append(head).Append("\n<title>Test</title>\n</head>\n<body>\n<div class=\"article\">\n");
        for (var i = 0; i < paragraphs; i++)
        {
            sb.Append("<p>").Append(text).Append("</p>\n");
        }

        return sb.Append("</div>\n</body>\n</html>\n").ToString();
    }

    public static string MetaCharset(string charset) => $"<meta charset=\"{charset}\">";

    public static string MetaHttpEquiv(string charset) => $"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">";

    public static byte[] Gbk(string s) => CharsetNames.Gb18030.GetBytes(s);

    public static byte[] Big5(string s) => Strict(950).GetBytes(s);

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>Windows-1258 as Vietnamese legacy pages wrote it: precomposed where the code page has the letter, else base letter + combining tone.</summary>
    public static byte[] Windows1258(string s)
    {
        var strict = Strict(1258);
        var output = new List<byte>(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormC))
        {
            var one = c.ToString();
            try
            {
                output.AddRange(strict.GetBytes(one));
            }
            catch (EncoderFallbackException)
            {
                var decomposed = one.Normalize(NormalizationForm.FormD);
                var toneAt = decomposed.AsSpan().IndexOfAny("\u0300\u0301\u0303\u0309\u0323");
                var tone = decomposed[toneAt];
                var baseLetter = decomposed.Remove(toneAt, 1).Normalize(NormalizationForm.FormC);
                output.AddRange(strict.GetBytes(baseLetter));
                output.AddRange(strict.GetBytes(tone.ToString()));
            }
        }

        return [.. output];
    }

    public static Encoding Strict(int codePage)
    {
        _ = CharsetNames.Gb18030; // registers the code pages provider
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static string Codes(DecodedPage page) =>
        string.Join(", ", page.Notes.Select(n => n.Code.ToString(CultureInfo.InvariantCulture)));
}
