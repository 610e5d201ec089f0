using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsExtract.Decoding;

/// <summary>Cheap, vectorised facts about raw bytes.</summary>
internal static class ByteStats
{
    // Bytes looked at between two looks at the cancellation token.
    private const int ChunkBytes = 1 << 20;

    /// <summary><see cref="Utf8.IsValid(ReadOnlySpan{byte})"/> a megabyte at a time, with the token checked before each.</summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes, CancellationToken cancellationToken)
    {
        while (bytes.Length > ChunkBytes)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // End the chunk before a sequence's continuation bytes (at most three), so no sequence is cut in two.
            var end = ChunkBytes;
            for (var back = 0; back < 3 && (bytes[end] & 0xC0) == 0x80; back++)
            {
                end--;
            }

            if (!Utf8.IsValid(bytes[..end]))
            {
                return false;
            }

            bytes = bytes[end..];
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Utf8.IsValid(bytes);
    }

    /// <summary><see cref="CountHighBytes(ReadOnlySpan{byte})"/> a megabyte at a time, with the token checked before each.</summary>
    public static int CountHighBytes(ReadOnlySpan<byte> bytes, CancellationToken cancellationToken)
    {
        var count = 0;
        for (var at = 0; at < bytes.Length; at += ChunkBytes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            count += CountHighBytes(bytes.Slice(at, Math.Min(ChunkBytes, bytes.Length - at)));
        }

        return count;
    }

    /// <summary>How many bytes are 0x80 or above (skips ASCII runs with vectorised searches).</summary>
    public static int CountHighBytes(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        while (true)
        {
            var start = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (start < 0)
            {
                return count;
            }

            bytes = bytes[start..];
            var end = bytes.IndexOfAnyInRange((byte)0x00, (byte)0x7F);
            if (end < 0)
            {
                return count + bytes.Length;
            }

            count += end;
            bytes = bytes[end..];
        }
    }

    /// <summary>
    /// Reading the bytes as GBK double-byte sequences: how many lead bytes there are, and how many fall in 0xA4–0xAF.
    /// GBK puts kana, Greek, Cyrillic, box drawing and user-defined space there, so Chinese text in GBK has almost
    /// none (0–1 %), while Big5 puts its most frequent characters there (about half of all leads).
    /// </summary>
    public static (int Leads, int KanaRowLeads) CountGbkLeads(ReadOnlySpan<byte> bytes)
    {
        int leads = 0, kanaRows = 0;
        for (var i = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF); i >= 0 && i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                var next = bytes[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                if (next < 0)
                {
                    break;
                }

                i += next;
                b = bytes[i];
            }

            leads++;
            kanaRows += b is >= 0xA4 and <= 0xAF ? 1 : 0;
            i++; // the trail byte
        }

        return (leads, kanaRows);
    }

    /// <summary>Counts invalid UTF-8 sequences (maximal subparts, as the decoder replaces them), stopping at <paramref name="cap"/>.</summary>
    public static int CountInvalidUtf8(ReadOnlySpan<byte> bytes, int cap = int.MaxValue)
    {
        if (Utf8.IsValid(bytes))
        {
            return 0;
        }

        var invalid = 0;
        var buffer = ArrayPool<char>.Shared.Rent(16 * 1024);
        try
        {
            while (!bytes.IsEmpty && invalid < cap)
            {
                var status = Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                bytes = bytes[read..];
                if (status == OperationStatus.Done)
                {
                    break;
                }

                if (status == OperationStatus.InvalidData)
                {
                    invalid++;
                    Rune.DecodeFromUtf8(bytes, out _, out var consumed);
                    bytes = bytes[Math.Max(1, consumed)..];
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return invalid;
    }

    /// <summary>True when invalid sequences are rare among the non-ASCII bytes: UTF-8 with some corruption, not another encoding.</summary>
    public static bool MostlyUtf8(int invalidUtf8, int highBytes) => invalidUtf8 * 20 <= highBytes;
}
