using System.Text;
using NewsExtract.Decoding;

namespace NewsExtract.Tests.Decoding;

public class PageDecoderTests
{
    [Test]
    public void Utf8_bytes_win_over_a_meta_that_says_gbk()
    {
        var html = TestPages.Html(TestPages.Simplified, TestPages.MetaHttpEquiv("gbk"));

        var page = PageDecoder.Decode(TestPages.Utf8(html), null, lookForMetaCharset: true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-8"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Detected));
            Assert.That(page.Text, Does.Contain(TestPages.Simplified));
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("encoding.utf8-over-declared"));
        });
    }

    [Test]
    public void Gbk_without_any_charset_is_detected()
    {
        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(TestPages.Simplified)), null, lookForMetaCharset: true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Detected));
            Assert.That(page.Text, Does.Contain(TestPages.Simplified));
            Assert.That(page.ReplacementCount, Is.Zero);
        });
    }

    [TestCase("gb2312")]
    [TestCase("GBK")]
    [TestCase("x-gbk")]
    [TestCase("GB_2312-80")]
    public void Gb2312_family_meta_decodes_as_gb18030(string charset)
    {
        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(TestPages.Simplified, TestPages.MetaHttpEquiv(charset))), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.MetaTag));
            Assert.That(page.Text, Does.Contain(TestPages.Simplified));
        });
    }

    [Test]
    public void Gb18030_four_byte_characters_decode()
    {
        // U+20000 (CJK Extension B) and U+00E9 need GB18030's four-byte sequences.
        var text = TestPages.Simplified + "𠀀é";
        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(text, TestPages.MetaCharset("gb18030"))), null, true);

        Assert.That(page.Text, Does.Contain(text));
    }

    [Test]
    public void Big5_traditional_page_decodes()
    {
        var page = PageDecoder.Decode(TestPages.Big5(TestPages.Html(TestPages.Traditional)), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("big5"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Detected));
            Assert.That(page.Text, Does.Contain(TestPages.Traditional));
        });
    }

    [Test]
    public void Big5_hkscs_meta_maps_to_big5()
    {
        var page = PageDecoder.Decode(TestPages.Big5(TestPages.Html(TestPages.Traditional, TestPages.MetaCharset("big5-hkscs"))), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("big5"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.MetaTag));
            Assert.That(page.Text, Does.Contain(TestPages.Traditional));
        });
    }

    [Test]
    public void Utf16_with_bom()
    {
        var html = TestPages.Html(TestPages.Vietnamese, TestPages.MetaCharset("gbk"));
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(html)).ToArray();

        var page = PageDecoder.Decode(bytes, "gbk", true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-16"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.ByteOrderMark));
            Assert.That(page.Text, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(page.Text, Does.Contain(TestPages.Vietnamese));
        });
    }

    [Test]
    public void Utf16_big_endian_with_bom()
    {
        var html = TestPages.Html(TestPages.Traditional);
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(html)).ToArray();

        var page = PageDecoder.Decode(bytes, null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-16be"));
            Assert.That(page.Text, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(page.Text, Does.Contain(TestPages.Traditional));
        });
    }

    [Test]
    public void Utf32_with_bom()
    {
        var html = TestPages.Html(TestPages.Simplified + "𠀀");
        var bytes = Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(html)).ToArray();

        var page = PageDecoder.Decode(bytes, null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-32"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.ByteOrderMark));
            Assert.That(page.Text, Does.Contain(TestPages.Simplified + "𠀀"));
        });
    }

    [Test]
    public void Utf8_bom_is_stripped_and_beats_a_declared_charset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(TestPages.Utf8(TestPages.Html(TestPages.Vietnamese))).ToArray();

        var page = PageDecoder.Decode(bytes, "windows-1258", true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-8"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.ByteOrderMark));
            Assert.That(page.Text, Does.StartWith("<!DOCTYPE html>"));
        });
    }

    [Test]
    public void Utf16_without_bom_is_recognised()
    {
        var page = PageDecoder.Decode(Encoding.Unicode.GetBytes(TestPages.Html(TestPages.Vietnamese)), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-16"));
            Assert.That(page.LooksBinary, Is.False);
            Assert.That(page.Text, Does.Contain(TestPages.Vietnamese));
        });
    }

    [Test]
    public void Windows1258_vietnamese_page_decodes()
    {
        var page = PageDecoder.Decode(TestPages.Windows1258(TestPages.Html(TestPages.Vietnamese)), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("windows-1258"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Detected));
            Assert.That(page.Text, Does.Contain(TestPages.Vietnamese), "decoded and composed to NFC");
        });
    }

    [Test]
    public void Windows1258_page_whose_meta_says_iso_8859_1_is_read_as_vietnamese()
    {
        var bytes = TestPages.Windows1258(TestPages.Html(TestPages.Vietnamese, TestPages.MetaCharset("iso-8859-1")));

        var page = PageDecoder.Decode(bytes, null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("windows-1258"));
            Assert.That(page.Text, Does.Contain(TestPages.Vietnamese));
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("encoding.meta-contradicted"));
        });
    }

    [Test]
    public void Windows1258_meta_is_believed()
    {
        var bytes = TestPages.Windows1258(TestPages.Html(TestPages.Vietnamese, TestPages.MetaCharset("windows-1258")));

        var page = PageDecoder.Decode(bytes, null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("windows-1258"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.MetaTag));
            Assert.That(page.Text, Does.Contain(TestPages.Vietnamese));
        });
    }

    [Test]
    public void Western_text_without_charset_is_not_taken_for_vietnamese()
    {
        var page = PageDecoder.Decode(Encoding.Latin1.GetBytes(TestPages.Html(TestPages.French)), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.Not.EqualTo("windows-1258"));
            Assert.That(page.Text, Does.Contain(TestPages.French));
        });
    }

    [Test]
    public void Unknown_meta_charset_falls_back_to_detection()
    {
        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(TestPages.Simplified, TestPages.MetaCharset("x-klingon-7"))), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Detected));
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("encoding.meta-unknown"));
            Assert.That(page.Text, Does.Contain(TestPages.Simplified));
        });
    }

    [Test]
    public void Meta_after_4KB_of_script_is_found()
    {
        var script = "<script>\nvar data = [" + string.Join(",", Enumerable.Range(0, 1500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "];\n</script>\n";
        Assert.That(script, Has.Length.GreaterThan(4096));
        var bytes = TestPages.Windows1258(TestPages.Html("Xin chào", script + TestPages.MetaCharset("windows-1258"), paragraphs: 1));

        var page = PageDecoder.Decode(bytes, null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.MetaTag));
            Assert.That(page.EncodingName, Is.EqualTo("windows-1258"));
            Assert.That(page.Text, Does.Contain("Xin chào"));
        });
    }

    [Test]
    public void Meta_inside_a_comment_is_ignored()
    {
        var head = "<!-- <meta charset=\"big5\"> -->" + TestPages.MetaCharset("gb2312");

        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(TestPages.Simplified, head)), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.MetaTag));
        });
    }

    [Test]
    public void Meta_that_says_utf8_over_gbk_bytes_is_contradicted_and_detection_wins()
    {
        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(TestPages.Simplified, TestPages.MetaCharset("utf-8"))), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Detected));
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("encoding.meta-contradicted"));
            Assert.That(page.Text, Does.Contain(TestPages.Simplified));
        });
    }

    [Test]
    public void Meta_gb2312_on_traditional_text_in_gbk_stands()
    {
        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(TestPages.Traditional, TestPages.MetaCharset("gb2312"))), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.MetaTag));
            Assert.That(page.Text, Does.Contain(TestPages.Traditional));
        });
    }

    [Test]
    public void Meta_gb2312_on_big5_bytes_is_overruled_by_detection()
    {
        var page = PageDecoder.Decode(TestPages.Big5(TestPages.Html(TestPages.Traditional, TestPages.MetaCharset("gb2312"))), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("big5"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Detected));
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("encoding.meta-contradicted"));
            Assert.That(page.Text, Does.Contain(TestPages.Traditional));
        });
    }

    [Test]
    public void Server_default_iso_8859_1_header_on_gbk_bytes_is_overruled()
    {
        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(TestPages.Simplified)), "text/html; charset=ISO-8859-1", true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("encoding.declared-contradicted"));
            Assert.That(page.Text, Does.Contain(TestPages.Simplified));
        });
    }

    [Test]
    public void Corrupt_bytes_are_counted_and_the_rest_decodes()
    {
        var good = TestPages.Utf8(TestPages.Html(TestPages.Vietnamese + " " + TestPages.Simplified, TestPages.MetaCharset("utf-8")));
        var corrupt = good.ToList();
        corrupt.InsertRange(good.Length / 2, new byte[] { 0xFF, 0xC3, 0x28, 0x80 }); // three invalid sequences: FF, C3 (before '('), 80
        var textWithLiteralFffd = corrupt.Concat(TestPages.Utf8("literal \uFFFD stays uncounted")).ToArray();

        var page = PageDecoder.Decode(textWithLiteralFffd, null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-8"));
            Assert.That(page.ReplacementCount, Is.EqualTo(3));
            Assert.That(page.Text, Does.Contain(TestPages.Vietnamese));
            Assert.That(page.Text, Does.Contain("literal \uFFFD stays"));
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("encoding.replacements"));
        });
    }

    [Test]
    public void Corrupt_gbk_bytes_are_counted()
    {
        var bytes = TestPages.Gbk(TestPages.Html(TestPages.Simplified, TestPages.MetaCharset("gbk"))).ToList();
        bytes.InsertRange(bytes.Count / 2, new byte[] { 0x81, 0x20 }); // a lead byte without a trail byte

        var page = PageDecoder.Decode(bytes.ToArray(), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.ReplacementCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_gbk_page_longer_than_the_sample_counts_every_invalid_sequence_and_a_literal_replacement_character_none()
    {
        // The claim is judged on the first 64 KB; the text and the count cover the whole page, decoded once.
        var body = string.Concat(Enumerable.Repeat(TestPages.Simplified, 2_000)) + " 字面\uFFFD ";
        var bytes = TestPages.Gbk(TestPages.Html(body, TestPages.MetaCharset("gbk"))).ToList();
        Assume.That(bytes.Count, Is.GreaterThan(2 * EncodingDetector.SampleSize));
        bytes.InsertRange(EncodingDetector.SampleSize + 1_000, new byte[] { 0x81, 0x20 }); // after the sample: a lead byte without a trail byte
        bytes.InsertRange(100, new byte[] { 0x81, 0x20 }); // in the sample

        var page = PageDecoder.Decode(bytes.ToArray(), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.MetaTag));
            Assert.That(page.ReplacementCount, Is.EqualTo(2));
            Assert.That(page.Text, Does.Contain("字面\uFFFD"));
            Assert.That(page.Text, Does.EndWith("</html>").Or.EndWith("</html>\n"));
        });
    }

    [Test]
    public void A_gbk_claim_whose_sample_ends_inside_a_character_stands_and_loses_nothing()
    {
        var prefix = TestPages.Html("", TestPages.MetaCharset("gbk"));
        var asciiLength = TestPages.Gbk(prefix).Length;
        // Two-byte characters placed so that the 64 KB sample ends between the bytes of one.
        var filler = new string('a', EncodingDetector.SampleSize - asciiLength - 1 - (2 * 200));
        var text = prefix + filler + string.Concat(Enumerable.Repeat("新闻", 500));
        var bytes = TestPages.Gbk(text);
        Assume.That(bytes[EncodingDetector.SampleSize - 1], Is.GreaterThanOrEqualTo((byte)0x81), "the sample's last byte leads a character");

        var page = PageDecoder.Decode(bytes, null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.ReplacementCount, Is.Zero);
            Assert.That(page.Text, Does.EndWith(string.Concat(Enumerable.Repeat("新闻", 500))));
        });
    }

    [Test]
    public void Declared_charset_from_caller_beats_meta()
    {
        var bytes = TestPages.Big5(TestPages.Html(TestPages.Traditional, TestPages.MetaCharset("gb2312")));

        var page = PageDecoder.Decode(bytes, "big5", true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("big5"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Declared));
            Assert.That(page.Text, Does.Contain(TestPages.Traditional));
        });
    }

    [Test]
    public void Declared_value_may_be_a_whole_content_type()
    {
        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(TestPages.Simplified)), "text/html; charset=\"GBK\"", true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Declared));
        });
    }

    [Test]
    public void Declared_legacy_charset_on_utf8_bytes_is_overruled_with_a_note()
    {
        var page = PageDecoder.Decode(TestPages.Utf8(TestPages.Html(TestPages.Traditional)), "big5", true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-8"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Detected));
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("encoding.utf8-over-declared"));
            Assert.That(page.Text, Does.Contain(TestPages.Traditional));
        });
    }

    [Test]
    public void Declared_utf16_on_bytes_without_utf16_structure_is_ignored()
    {
        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(TestPages.Simplified, TestPages.MetaCharset("gbk"))), "utf-16", true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.MetaTag));
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("encoding.declared-contradicted"));
        });
    }

    [Test]
    public void Meta_utf16_is_read_as_utf8()
    {
        var page = PageDecoder.Decode(TestPages.Utf8(TestPages.Html(TestPages.Vietnamese, TestPages.MetaCharset("utf-16"))), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-8"));
            Assert.That(page.Text, Does.Contain(TestPages.Vietnamese));
        });
    }

    [Test]
    public void Unknown_declared_charset_is_ignored_with_a_note()
    {
        var page = PageDecoder.Decode(TestPages.Utf8(TestPages.Html(TestPages.Vietnamese)), "no-such-charset", true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-8"));
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("encoding.declared-unknown"));
        });
    }

    [Test]
    public void Plain_text_capture_does_not_look_for_meta()
    {
        var text = "<meta charset=\"big5\">\n" + TestPages.Vietnamese;

        var page = PageDecoder.Decode(TestPages.Utf8(text), null, lookForMetaCharset: false);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-8"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Detected));
            Assert.That(page.Text, Is.EqualTo(text));
        });
    }

    [Test]
    public void Ascii_without_any_charset_defaults_to_utf8()
    {
        var page = PageDecoder.Decode(TestPages.Utf8(TestPages.Html("Hello world.")), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.EncodingName, Is.EqualTo("utf-8"));
            Assert.That(page.Evidence, Is.EqualTo(EncodingEvidence.Default));
        });
    }

    [Test]
    public void Png_bytes_are_flagged_as_binary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

        var page = PageDecoder.Decode(png, "text/html; charset=utf-8", true);

        Assert.Multiple(() =>
        {
            Assert.That(page.LooksBinary, Is.True);
            Assert.That(page.Notes.Select(n => n.Code), Does.Contain("input.binary"));
        });
    }

    [Test]
    public void Pdf_bytes_are_flagged_as_binary()
    {
        var page = PageDecoder.Decode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8.ToArray(), null, true);

        Assert.That(page.LooksBinary, Is.True);
    }

    [Test]
    public void Random_bytes_are_flagged_as_binary_and_only_a_preview_is_decoded()
    {
        var random = new byte[5_000_000];
        new Random(42).NextBytes(random);

        var page = PageDecoder.Decode(random, null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.LooksBinary, Is.True);
            Assert.That(page.Text.Length, Is.LessThanOrEqualTo(PageDecoder.BinaryPreviewBytes));
        });
    }

    [Test]
    public void Text_pages_are_not_flagged_as_binary()
    {
        var page = PageDecoder.Decode(TestPages.Gbk(TestPages.Html(TestPages.Simplified)), null, true);

        Assert.That(page.LooksBinary, Is.False);
    }

    // A hang guard, not a benchmark: the machine running tests may be loaded. Measured in Release on an idle machine,
    // .NET's GB18030 decoder takes ~2.2 s for 50 MB; everything else (UTF-8 check, prescan, detection on a 64 KB sample) is < 0.3 s.
    [Test, CancelAfter(120_000)]
    public void Fifty_megabytes_of_gbk_decode_without_hanging()
    {
        var paragraph = TestPages.Gbk("<p>" + TestPages.Simplified + "</p>\n");
        var bytes = new byte[50 * 1024 * 1024];
        for (var at = 0; at < bytes.Length; at += paragraph.Length)
        {
            paragraph.AsSpan(0, Math.Min(paragraph.Length, bytes.Length - at)).CopyTo(bytes.AsSpan(at));
        }

        var page = PageDecoder.Decode(bytes, null, true);

        Assert.That(page.EncodingName, Is.EqualTo("gb18030"));
    }

    [Test]
    public void Decoded_text_is_nfc_and_has_unix_line_ends()
    {
        var html = TestPages.Html(TestPages.Vietnamese.Normalize(NormalizationForm.FormD)).Replace("\n", "\r\n", StringComparison.Ordinal);

        var page = PageDecoder.Decode(TestPages.Utf8(html), null, true);

        Assert.Multiple(() =>
        {
            Assert.That(page.Text, Does.Contain(TestPages.Vietnamese));
            Assert.That(page.Text, Does.Not.Contain("\r"));
        });
    }
}
