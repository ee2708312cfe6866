using System;
using System.Globalization;
using System.Numerics;
using InterviewRules.Article;

namespace InterviewRules.Assessing;

/// <summary>
/// What is known of one item: for a number, the interval it lies in (a point when known); for a discrete item, the
/// values still possible (one bit each, in <see cref="Item.Values"/> order); for the industry, the text when known.
/// </summary>
internal readonly record struct ItemState(double Low, bool LowOpen, double High, bool HighOpen, ulong Mask, string? Text, bool TextKnown)
{
    /// <summary>Nothing known of the item: a number's whole allowed range, every value of a discrete one.</summary>
    public static ItemState Unknown(Item item) => item.Kind switch
    {
        ItemKind.Number => new(item.Fact.Limits!.Min, item.Fact.Limits.MinExclusive, item.Fact.Limits.Max, false, 0, null, false),
        ItemKind.Discrete => new(0, false, 0, false, (1UL << item.Values.Count) - 1, null, false),
        _ => default,
    };

    /// <summary>A number known exactly.</summary>
    public static ItemState KnownNumber(double value) => new(value, false, value, false, 0, null, false);

    /// <summary>A discrete item with these values possible.</summary>
    public static ItemState Discrete(ulong mask) => new(0, false, 0, false, mask, null, false);

    /// <summary>A known text, or known to be absent (<see langword="null"/>).</summary>
    public static ItemState KnownText(string? text) => new(0, false, 0, false, 0, text, true);

    /// <summary>A number somewhere in an interval.</summary>
    public static ItemState Between(double low, bool lowOpen, double high, bool highOpen) => new(low, lowOpen, high, highOpen, 0, null, false);

    /// <summary>Whether one value is left.</summary>
    public bool IsKnown(Item item) => item.Kind switch
    {
        ItemKind.Number => Low == High,
        ItemKind.Discrete => BitOperations.PopCount(Mask) == 1,
        _ => TextKnown,
    };

    /// <summary>The one value left, for logs and texts.</summary>
    public string Describe(Item item) => item.Kind switch
    {
        ItemKind.Number => ScenarioContract.Format(Low),
        ItemKind.Discrete => item.Values[BitOperations.TrailingZeroCount(Mask)],
        _ => Text ?? string.Empty,
    };

    /// <summary>Whether a number lies in the interval.</summary>
    public bool Contains(double value) =>
        (LowOpen ? value > Low : value >= Low) && (HighOpen ? value < High : value <= High);

    /// <summary>The interval, written for logs: <c>[0, 3)</c>.</summary>
    public string Interval() => string.Create(CultureInfo.InvariantCulture, $"{(LowOpen ? '(' : '[')}{Low}, {High}{(HighOpen ? ')' : ']')}");
}
