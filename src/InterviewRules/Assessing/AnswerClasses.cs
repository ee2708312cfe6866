using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules.Article;

namespace InterviewRules.Assessing;

/// <summary>One comparison of a number a policy makes: a fact (or a sum of two) against a threshold.</summary>
/// <param name="Fact">The fact compared (a document fact, or a sum whose terms are).</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Threshold">The number it is compared with.</param>
internal readonly record struct Comparison(FactDefinition Fact, ConditionOperator Operator, double Threshold)
{
    /// <summary>Whether a value of the compared fact passes.</summary>
    public bool Holds(double x) => Operator switch
    {
        ConditionOperator.EqualTo => x == Threshold,
        ConditionOperator.NotEqualTo => x != Threshold,
        ConditionOperator.LessThan => x < Threshold,
        ConditionOperator.LessThanOrEqual => x <= Threshold,
        ConditionOperator.GreaterThan => x > Threshold,
        _ => x >= Threshold,
    };
}

/// <summary>
/// The answer classes of a number item (design.md, "Answer classes"): the intervals between its cut points. For
/// reasoning, every cut point is a class of its own and so is each open interval between two (every comparison is
/// constant on each); for a question, a cut point joins the neighbour it behaves like, so the classes read
/// <c>&lt;= 1</c>, <c>(1, 3]</c>, <c>&gt; 3</c>.
/// </summary>
internal static class AnswerClasses
{
    /// <summary>
    /// The cut points of a number item. A comparison of the item itself cuts at its threshold; a comparison of a sum
    /// cuts at the threshold minus the other term's value when that is fixed (<paramref name="value"/> gives it), or
    /// else minus the ends of its interval and minus each threshold the other term is compared with alone — where the
    /// sum's line crosses the other term's own cuts, so that enumerating this item first and the other term after it,
    /// with the cut the fixed value then gives, misses no combination.
    /// </summary>
    public static List<double> Cuts(Item item, IReadOnlyList<Comparison> comparisons, Func<Item, double?> value, Func<Item, ItemState> state, bool forQuestion) =>
        Cuts(item, comparisons, value, state, forQuestion, null);

    /// <summary>The cut points, and in <paramref name="derived"/> those a sum with an unfixed other term gives.</summary>
    public static List<double> Cuts(Item item, IReadOnlyList<Comparison> comparisons, Func<Item, double?> value, Func<Item, ItemState> state, bool forQuestion, List<double>? derived)
    {
        var cuts = new List<double>();
        foreach (var c in comparisons)
        {
            if (ReferenceEquals(c.Fact, item.Fact))
            {
                cuts.Add(c.Threshold);
                continue;
            }

            if (!IsTermOf(item, c.Fact, out var other))
            {
                continue;
            }

            if (value(other) is { } fixedValue)
            {
                cuts.Add(c.Threshold - fixedValue);
                continue;
            }

            var range = state(other);
            var first = cuts.Count;
            cuts.Add(c.Threshold - range.Low);
            cuts.Add(c.Threshold - range.High);
            if (!forQuestion)
            {
                foreach (var own in comparisons)
                {
                    if (ReferenceEquals(own.Fact, other.Fact))
                    {
                        cuts.Add(c.Threshold - own.Threshold);
                    }
                }
            }

            derived?.AddRange(cuts.Skip(first));
        }

        cuts.Sort();
        return cuts;
    }

    /// <summary>The elementary classes of an interval cut at these points: each point inside it, and each non-empty stretch between.</summary>
    public static List<ItemState> Elementary(Item item, ItemState range, List<double> cuts)
    {
        var whole = item.Fact.Limits!.Integer;
        var classes = new List<ItemState>();
        var low = range.Low;
        var lowOpen = range.LowOpen;
        for (var i = 0; i < cuts.Count; i++)
        {
            var cut = cuts[i];
            if (!range.Contains(cut) || (i > 0 && cuts[i - 1] == cut))
            {
                continue;
            }

            Add(classes, ItemState.Between(low, lowOpen, cut, true), whole);
            Add(classes, ItemState.KnownNumber(cut), whole);
            low = cut;
            lowOpen = true;
        }

        Add(classes, ItemState.Between(low, lowOpen, range.High, range.HighOpen), whole);
        return classes;
    }

    /// <summary>
    /// The classes of a question: the elementary classes of the design's cut points, each point joined to the
    /// neighbour that behaves like it under the comparisons that involve the item alone or with a known other term
    /// (the left one when both do; alone when neither does).
    /// </summary>
    public static List<ItemState> ForQuestion(Item item, ItemState range, IReadOnlyList<Comparison> comparisons, Func<Item, double?> known, Func<Item, ItemState> state) =>
        Merged(item, Elementary(item, range, Cuts(item, comparisons, known, state, forQuestion: true)), comparisons, known, null);

    /// <summary>
    /// The classes a walk tries: the elementary classes, each point joined to a neighbour it behaves like unless a sum
    /// with a term not yet fixed put it there (there the point's own behaviour may be neither neighbour's).
    /// </summary>
    public static List<ItemState> ForWalk(Item item, ItemState range, IReadOnlyList<Comparison> comparisons, Func<Item, double?> fixedValue, Func<Item, ItemState> state)
    {
        var derived = new List<double>();
        var cuts = Cuts(item, comparisons, fixedValue, state, forQuestion: false, derived);
        return Merged(item, Elementary(item, range, cuts), comparisons, fixedValue, derived);
    }

    private static List<ItemState> Merged(Item item, List<ItemState> elementary, IReadOnlyList<Comparison> comparisons, Func<Item, double?> known, List<double>? keep)
    {
        var classes = new List<ItemState>();
        for (var i = 0; i < elementary.Count; i++)
        {
            var piece = elementary[i];
            if (piece.Low != piece.High || piece.LowOpen || (keep is not null && keep.Contains(piece.Low)))
            {
                classes.Add(piece);
                continue;
            }

            var behaviour = Behaviour(item, piece.Low, comparisons, known);
            if (classes.Count > 0 && Behaviour(item, Representative(item, classes[^1]), comparisons, known) == behaviour)
            {
                classes[^1] = classes[^1] with { High = piece.Low, HighOpen = false };
            }
            else if (i + 1 < elementary.Count && Behaviour(item, Representative(item, elementary[i + 1]), comparisons, known) == behaviour)
            {
                elementary[i + 1] = elementary[i + 1] with { Low = piece.Low, LowOpen = false };
            }
            else
            {
                classes.Add(piece);
            }
        }

        return classes;
    }

    /// <summary>A value inside a class: a point itself, a closed end, a middle, or for a count the first whole number inside.</summary>
    public static double Representative(Item item, ItemState piece)
    {
        if (item.Fact.Limits!.Integer)
        {
            var first = piece.LowOpen ? Math.Floor(piece.Low) + 1 : Math.Ceiling(piece.Low);
            return first;
        }

        return !piece.LowOpen ? piece.Low : !piece.HighOpen ? piece.High : piece.Low + ((piece.High - piece.Low) / 2);
    }

    /// <summary>How a class reads in an answer: <c>&lt;= 1</c>, <c>(1, 3]</c>, <c>&gt; 3</c>, <c>= 2</c>.</summary>
    public static string Label(Item item, ItemState piece, ItemState range)
    {
        static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        var fromStart = piece.Low == range.Low && piece.LowOpen == range.LowOpen;
        var toEnd = piece.High == range.High && piece.HighOpen == range.HighOpen;
        if (piece.Low == piece.High)
        {
            return "= " + N(piece.Low);
        }

        if (fromStart && !toEnd)
        {
            return (piece.HighOpen ? "< " : "<= ") + N(piece.High);
        }

        if (toEnd && !fromStart)
        {
            return (piece.LowOpen ? "> " : ">= ") + N(piece.Low);
        }

        return fromStart && toEnd ? "any" : $"{(piece.LowOpen ? '(' : '[')}{N(piece.Low)}, {N(piece.High)}{(piece.HighOpen ? ')' : ']')}";
    }

    /// <summary>Whether the fact is a sum with this item as one term; <paramref name="other"/> is then the other term's item.</summary>
    public static bool IsTermOf(Item item, FactDefinition fact, out Item other)
    {
        other = null!;
        if (fact.Terms.Count != 2)
        {
            return false;
        }

        if (ReferenceEquals(fact.Terms[0], item.Fact))
        {
            other = Item.Of(fact.Terms[1])!;
            return true;
        }

        if (ReferenceEquals(fact.Terms[1], item.Fact))
        {
            other = Item.Of(fact.Terms[0])!;
            return true;
        }

        return false;
    }

    private static ulong Behaviour(Item item, double x, IReadOnlyList<Comparison> comparisons, Func<Item, double?> known)
    {
        var bits = 0UL;
        var bit = 0;
        foreach (var c in comparisons)
        {
            bool? holds = ReferenceEquals(c.Fact, item.Fact) ? c.Holds(x)
                : IsTermOf(item, c.Fact, out var other) && known(other) is { } y ? c.Holds(x + y)
                : null;
            if (holds is { } h && bit < 64)
            {
                bits |= h ? 1UL << bit : 0;
                bit++;
            }
        }

        return bits;
    }

    private static void Add(List<ItemState> classes, ItemState piece, bool whole)
    {
        var empty = piece.Low > piece.High
            || (piece.Low == piece.High && (piece.LowOpen || piece.HighOpen))
            || (whole && !ContainsWhole(piece));
        if (!empty)
        {
            classes.Add(piece);
        }
    }

    private static bool ContainsWhole(ItemState piece)
    {
        var first = piece.LowOpen ? Math.Floor(piece.Low) + 1 : Math.Ceiling(piece.Low);
        return piece.Contains(first);
    }
}
