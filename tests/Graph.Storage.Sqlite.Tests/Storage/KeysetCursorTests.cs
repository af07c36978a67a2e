using Graph.Core.Storage;

namespace Graph.Storage.Sqlite.Tests.Storage;

/// <summary>The opaque keyset cursor both stores hand out.</summary>
public sealed class KeysetCursorTests
{
    [Fact]
    public void A_cursor_decodes_to_the_parts_it_was_made_from()
    {
        var cursor = KeysetCursor.Encode("2023-12-31", null, "edge-1");

        Assert.Equal(new string?[] { "2023-12-31", null, "edge-1" }, KeysetCursor.Decode(cursor, 3));
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("bm90IGpzb24=")]
    public void Anything_not_made_by_a_listing_is_rejected(string cursor) =>
        Assert.Throws<ArgumentException>(() => KeysetCursor.Decode(cursor, 2));

    [Fact]
    public void A_cursor_of_another_listing_shape_is_rejected() =>
        Assert.Throws<ArgumentException>(() => KeysetCursor.Decode(KeysetCursor.Encode("a", "b", "c"), 2));
}
