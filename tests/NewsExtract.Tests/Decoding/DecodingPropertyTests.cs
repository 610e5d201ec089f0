using CsCheck;
using NewsExtract.Decoding;

namespace NewsExtract.Tests.Decoding;

public class DecodingPropertyTests
{
    private static readonly string[] Pieces =
    [
        "<meta", " charset=", "\"gbk\"", "'big5'", "utf-8", "<!--", "-->", ">", "<", "http-equiv=content-type", " content=\"text/html;charset=",
        "\uFEFF", "新闻", "Việt", "\r\n", "\0", "\uD800", "é", " ", "<?xml encoding=\"gb2312\"?>",
    ];

    [Test]
    public void Any_bytes_decode_without_throwing()
    {
        Gen.Byte.Array[0, 3000].Sample(bytes =>
        {
            var page = PageDecoder.Decode(bytes, null, lookForMetaCharset: true);
            return page.Text is not null && page.ReplacementCount >= 0;
        }, iter: 20_000);
    }

    [Test]
    public void Markup_like_fragments_in_any_encoding_decode_without_throwing()
    {
        var gen = Gen.OneOf(Pieces).Array[0, 40].Select(Gen.OneOf(new[] { "utf-8", "gb18030", "big5", "windows-1258", "utf-16" }), Gen.Bool)
            .Select(t => (Text: string.Concat(t.Item1), Charset: t.Item2, LookForMeta: t.Item3));
        gen.Sample(t =>
        {
            var bytes = CharsetNames.Resolve(t.Charset)!.GetBytes(t.Text);
            var page = PageDecoder.Decode(bytes, t.LookForMeta ? null : t.Charset, t.LookForMeta);
            return page.ReplacementCount >= 0;
        }, iter: 500);
    }

    [Test]
    public void Normalize_is_idempotent_and_leaves_no_controls_or_lone_surrogates()
    {
        Gen.OneOf(Gen.Char, Gen.OneOf(new[] { '\r', '\n', '\0', '\uD83D', '\uDE00', '\u0301', 'e', 'ê' })).Array[0, 60].Select(c => new string(c)).Sample(text =>
        {
            // Plain booleans: CsCheck samples on several threads, where NUnit assertion scopes do not nest.
            var once = TextNormalizer.Normalize(text);
            return TextNormalizer.Normalize(once) == once
                && !once.Any(c => c < ' ' && c is not '\t' and not '\n')
                && !HasLoneSurrogate(once);
        }, iter: 2000);
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
