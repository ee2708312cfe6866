using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using InterviewRules.Article;

namespace InterviewRules.Policies;

/// <summary>
/// The conditions of a policy's declarative rules, rewritten once into bit tests and evaluated together.
/// <para>
/// A scenario is reduced to one 64-bit word. Its low bits are the choice, flag and list facts as they are: the word
/// the scenario computed when it was made (<see cref="ChoiceBits"/>). Its high bits are the other leaves — a number
/// in an interval, "any of these bits", a text — each distinct one computed once per scenario however many rules
/// use it. Each condition is rewritten as
/// a disjunction of terms, a term being a set of bits that must be set and a set that must be clear: a rule holds
/// when <c>(word &amp; care) == want</c> for one of its terms. The first term of every rule is tested for all rules
/// at once, eight to a vector instruction where the processor has 512-bit vectors (four with 256-bit ones, two with
/// 128-bit ones, else one by one), as are the number tests (eight or four to an instruction, else one by one); the
/// few further terms follow. No tree walk, no allocation, and no call but for a text test.
/// </para>
/// <para>
/// It is data interpreted, not code generated. A policy it cannot rewrite within its limits (more than
/// <see cref="MaxRules"/> rules, a condition of more than <see cref="MaxTerms"/> terms, more derived leaves than the
/// word has room for) gets no table, and its rules walk their <see cref="ConditionProgram"/> as before; both give
/// the same answers (ConditionTableTests holds them to it over generated conditions and scenarios).
/// </para>
/// </summary>
internal sealed class ConditionTable
{
    /// <summary>The most conditions one table evaluates (one bit of the result each).</summary>
    public const int MaxRules = 64;

    /// <summary>The most terms one condition may rewrite to.</summary>
    public const int MaxTerms = 32;

    /// <summary>Where the derived bits start: after the scenario's choice bits.</summary>
    private static readonly int DerivedAt = ChoiceBits.Count;

    // The number tests, in the word's first derived bits, up to eight to a vector: which number, and its interval
    // (padded to a multiple of eight with intervals nothing lies in).
    private readonly long[] _numbers;
    private readonly double[] _lows;
    private readonly double[] _highs;
    private readonly int _intervalCount;
    private readonly ulong[] _anyOf;
    private readonly int _anyOfCount;
    private readonly Text[] _texts;

    // The first term of each rule, by rule, padded to a multiple of eight with terms that never hold.
    private readonly ulong[] _care;
    private readonly ulong[] _want;
    private readonly ulong _rules;

    // Every further term, with the rule it belongs to.
    private readonly Term[] _more;

    private ConditionTable(Interval[] intervals, Mask[] masks, Text[] texts, ulong[] care, ulong[] want, int count, Term[] more)
    {
        var padded = (intervals.Length + 7) & ~7;
        (_numbers, _lows, _highs, _intervalCount) = (new long[padded], new double[padded], new double[padded], intervals.Length);
        for (var i = 0; i < padded; i++)
        {
            (_numbers[i], _lows[i], _highs[i]) = i < intervals.Length
                ? ((long)intervals[i].Number, intervals[i].Low, intervals[i].High)
                : (0, double.PositiveInfinity, double.NegativeInfinity);
        }

        // The "any of" tests, in the derived bits after the number tests, padded to a multiple of eight with tests of
        // no bits (never true).
        _anyOfCount = masks.Length;
        _anyOf = new ulong[(masks.Length + 7) & ~7];
        for (var i = 0; i < masks.Length; i++)
        {
            _anyOf[i] = masks[i].Bits;
        }

        _texts = texts;
        _care = care;
        _want = want;
        _rules = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        _more = more;
        Count = count;
    }

    /// <summary>Gets how many derived bits a table has room for: the word's bits after the choice bits.</summary>
    public static int Room => 64 - DerivedAt;

    /// <summary>Gets how many conditions the table evaluates.</summary>
    public int Count { get; }

    /// <summary>Gets how many derived bits a scenario is reduced to (each distinct number test, "any of" and text once).</summary>
    public int Derived => _intervalCount + _anyOfCount + _texts.Length;

    /// <summary>Gets how many terms the conditions were rewritten to (a condition that never holds has none).</summary>
    public int Terms { get; private init; }

    /// <summary>Gets how many term tests one instruction makes: 8, 4, 2 or 1 (number tests: 8 at width 8, 4 at width 4, else 1).</summary>
    public int Width { get; private init; }

    /// <summary>Rewrites conditions into one table, or returns <see langword="null"/> when they exceed its limits.</summary>
    /// <param name="programs">The conditions, one per rule.</param>
    /// <param name="width">
    /// How many tests one instruction may make: 8, 4 or 2, or 1 for none; never more than the processor has. The
    /// widest it has unless given; tests give each to hold every path to the same answers.
    /// </param>
    public static ConditionTable? TryCreate(IReadOnlyList<ConditionProgram> programs, int width = 0)
    {
        if (programs.Count > MaxRules || DerivedAt >= 64)
        {
            return null;
        }

        // Merging "any of" number tests saves terms but spends a derived bit on each merge: first with it, and when
        // that runs out of room, without.
        return Create(programs, width, new Builder(Room, mergeDerived: true)) ?? Create(programs, width, new Builder(Room, mergeDerived: false));
    }

    private static ConditionTable? Create(IReadOnlyList<ConditionProgram> programs, int width, Builder builder)
    {
        var padded = (programs.Count + 7) & ~7;
        var care = new ulong[padded];
        var want = new ulong[padded];
        var more = new List<Term>();
        var terms = 0;
        for (var i = 0; i < padded; i++)
        {
            // A rule without terms, and the padding, get a term no word matches: nothing cared for, something wanted.
            (care[i], want[i]) = (0, 1);
            if (i >= programs.Count)
            {
                continue;
            }

            var dnf = builder.Rewrite(programs[i], 0, negate: false);
            if (dnf is null || builder.Derived > builder.Room)
            {
                return null;
            }

            terms += dnf.Count;
            for (var t = 0; t < dnf.Count; t++)
            {
                if (t == 0)
                {
                    (care[i], want[i]) = (dnf[t].Care, dnf[t].Want);
                }
                else
                {
                    more.Add(dnf[t] with { Rule = i });
                }
            }
        }

        // Only the derived bits a term reads, or an "any of" that a term reads: an "any of" merged into a wider one
        // (format in video or phone, then that or a short trip) is read by none and is dropped.
        var used = 0UL;
        foreach (var bits in care.Concat(more.Select(t => t.Care)))
        {
            used |= bits;
        }

        foreach (var mask in builder.Masks)
        {
            used |= (used & (1UL << mask.Bit)) != 0 ? mask.Bits : 0;
        }

        var intervals = builder.Intervals.Where(i => (used & (1UL << i.Bit)) != 0).ToArray();
        var masks = builder.Masks.Where(m => (used & (1UL << m.Bit)) != 0).ToArray();
        var texts = builder.Texts.Where(t => (used & (1UL << t.Bit)) != 0).ToArray();

        // Derived bits in the order they are computed: number tests first (eight or four to a vector), then the
        // "any of" tests, then texts.
        var order = new int[builder.Derived];
        var next = 0;
        foreach (var bit in intervals.Select(i => i.Bit).Concat(masks.Select(m => m.Bit)).Concat(texts.Select(t => t.Bit)))
        {
            order[bit - DerivedAt] = next++;
        }

        ulong Remap(ulong bits)
        {
            var remapped = bits & ((1UL << DerivedAt) - 1);
            for (var derived = bits >> DerivedAt; derived != 0; derived &= derived - 1)
            {
                remapped |= 1UL << (DerivedAt + order[BitOperations.TrailingZeroCount(derived)]);
            }

            return remapped;
        }

        for (var i = 0; i < padded; i++)
        {
            (care[i], want[i]) = (Remap(care[i]), Remap(want[i]));
        }

        return new ConditionTable(
            [.. intervals.Select(i => i with { Bit = DerivedAt + order[i.Bit - DerivedAt] })],
            [.. masks.Select(m => m with { Bits = Remap(m.Bits), Bit = DerivedAt + order[m.Bit - DerivedAt] })],
            [.. texts.Select(t => t with { Bit = DerivedAt + order[t.Bit - DerivedAt] })],
            care,
            want,
            programs.Count,
            [.. more.Select(t => t with { Care = Remap(t.Care), Want = Remap(t.Want) })])
        {
            Terms = terms,
            Width = Math.Min(width > 0 ? width : 8, Vector512.IsHardwareAccelerated ? 8 : Vector256.IsHardwareAccelerated ? 4 : Vector128.IsHardwareAccelerated ? 2 : 1),
        };
    }

    /// <summary>Evaluates every condition over a scenario: bit <c>i</c> of the result is set when condition <c>i</c> holds.</summary>
    public ulong Evaluate(InterviewScenario s)
    {
        var word = s.ChoiceWord;
        if (_intervalCount > 0)
        {
            if (Vector512.IsHardwareAccelerated && Width == 8)
            {
                // The scenario's numbers are one vector; each interval's number is picked out of it by a shuffle.
                var all = s.Numbers;
                ref var whichAt = ref MemoryMarshal.GetArrayDataReference(_numbers);
                ref var lowAt = ref MemoryMarshal.GetArrayDataReference(_lows);
                ref var highAt = ref MemoryMarshal.GetArrayDataReference(_highs);
                for (var i = 0; i < _numbers.Length; i += 8)
                {
                    // The hardware permute where there is one (Vector512.Shuffle with indices known only at run time is
                    // not accelerated before .NET 10), else the portable shuffle.
                    var index = Vector512.LoadUnsafe(ref whichAt, (nuint)i);
                    var n = Avx512F.IsSupported ? Avx512F.PermuteVar8x64(all, index) : Vector512.Shuffle(all, index);
                    var inside = Vector512.GreaterThanOrEqual(n, Vector512.LoadUnsafe(ref lowAt, (nuint)i)) & Vector512.LessThanOrEqual(n, Vector512.LoadUnsafe(ref highAt, (nuint)i));
                    word |= inside.ExtractMostSignificantBits() << (DerivedAt + i);
                }
            }
            else
            {
                word |= NarrowIntervals(s);
            }
        }

        if (_anyOfCount > 0)
        {
            word |= AnyOf(word);
        }

        foreach (ref readonly var text in _texts.AsSpan())
        {
            word |= Bit(ConditionProgram.Holds(text.Leaf, s)) << text.Bit;
        }

        var result = 0UL;
        var care = _care;
        var want = _want;
        if (Vector512.IsHardwareAccelerated && Width == 8)
        {
            var words = Vector512.Create(word);
            ref var careAt = ref MemoryMarshal.GetArrayDataReference(care);
            ref var wantAt = ref MemoryMarshal.GetArrayDataReference(want);
            for (var i = 0; i < care.Length; i += 8)
            {
                var held = Vector512.Equals(words & Vector512.LoadUnsafe(ref careAt, (nuint)i), Vector512.LoadUnsafe(ref wantAt, (nuint)i));
                result |= held.ExtractMostSignificantBits() << i;
            }
        }
        else if (Vector256.IsHardwareAccelerated && Width == 4)
        {
            var words = Vector256.Create(word);
            ref var careAt = ref MemoryMarshal.GetArrayDataReference(care);
            ref var wantAt = ref MemoryMarshal.GetArrayDataReference(want);
            for (var i = 0; i < care.Length; i += 4)
            {
                var held = Vector256.Equals(words & Vector256.LoadUnsafe(ref careAt, (nuint)i), Vector256.LoadUnsafe(ref wantAt, (nuint)i));
                result |= (ulong)held.ExtractMostSignificantBits() << i;
            }
        }
        else if (Vector128.IsHardwareAccelerated && Width >= 2)
        {
            var words = Vector128.Create(word);
            ref var careAt = ref MemoryMarshal.GetArrayDataReference(care);
            ref var wantAt = ref MemoryMarshal.GetArrayDataReference(want);
            for (var i = 0; i < care.Length; i += 2)
            {
                var held = Vector128.Equals(words & Vector128.LoadUnsafe(ref careAt, (nuint)i), Vector128.LoadUnsafe(ref wantAt, (nuint)i));
                result |= (ulong)held.ExtractMostSignificantBits() << i;
            }
        }
        else
        {
            for (var i = 0; i < care.Length; i++)
            {
                result |= Bit((word & care[i]) == want[i]) << i;
            }
        }

        foreach (ref readonly var term in _more.AsSpan())
        {
            result |= Bit((word & term.Care) == term.Want) << term.Rule;
        }

        return result & _rules;
    }

    /// <summary>The "any of" tests' bits: each reads only choice and number bits, so all are tested on the same word.</summary>
    private ulong AnyOf(ulong word)
    {
        var result = 0UL;
        var at = DerivedAt + _intervalCount;
        var anyOf = _anyOf;
        if (Vector512.IsHardwareAccelerated && Width == 8)
        {
            var words = Vector512.Create(word);
            ref var first = ref MemoryMarshal.GetArrayDataReference(anyOf);
            for (var i = 0; i < anyOf.Length; i += 8)
            {
                var none = Vector512.Equals(words & Vector512.LoadUnsafe(ref first, (nuint)i), Vector512<ulong>.Zero);
                result |= (~none.ExtractMostSignificantBits() & 0xFF) << (at + i);
            }
        }
        else
        {
            for (var i = 0; i < _anyOfCount; i++)
            {
                result |= Bit((word & anyOf[i]) != 0) << (at + i);
            }
        }

        return result;
    }

    /// <summary>The number tests' bits without 512-bit vectors: four to an instruction with 256-bit ones, else one by one.</summary>
    private ulong NarrowIntervals(InterviewScenario s)
    {
        var word = 0UL;
        var which = _numbers;
        ref var lowAt = ref MemoryMarshal.GetArrayDataReference(_lows);
        ref var highAt = ref MemoryMarshal.GetArrayDataReference(_highs);
        var numbers = s.Numbers;
        if (Vector256.IsHardwareAccelerated && Width == 4)
        {
            for (var i = 0; i < _intervalCount; i += 4)
            {
                var n = Vector256.Create(numbers.GetElement((int)which[i]), numbers.GetElement((int)which[i + 1]), numbers.GetElement((int)which[i + 2]), numbers.GetElement((int)which[i + 3]));
                var inside = Vector256.GreaterThanOrEqual(n, Vector256.LoadUnsafe(ref lowAt, (nuint)i)) & Vector256.LessThanOrEqual(n, Vector256.LoadUnsafe(ref highAt, (nuint)i));
                word |= (ulong)inside.ExtractMostSignificantBits() << (DerivedAt + i);
            }
        }
        else
        {
            for (var i = 0; i < _intervalCount; i++)
            {
                var n = numbers.GetElement((int)which[i]);
                word |= Bit((n >= Unsafe.Add(ref lowAt, i)) & (n <= Unsafe.Add(ref highAt, i))) << (DerivedAt + i);
            }
        }

        return word;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bit(bool value) => value ? 1UL : 0UL;

    /// <summary>A derived bit (its place in the word): the number <see cref="Number"/> lies in [<see cref="Low"/>, <see cref="High"/>].</summary>
    private readonly record struct Interval(int Number, double Low, double High, int Bit);

    /// <summary>A derived bit: at least one of <see cref="Bits"/> (choice bits and number-test bits only: an "any of" of an earlier one is flattened) is set in the word.</summary>
    private readonly record struct Mask(ulong Bits, int Bit);

    /// <summary>A derived bit: a text leaf holds, as <see cref="ConditionProgram"/> reads it.</summary>
    private readonly record struct Text(ConditionProgram.Leaf Leaf, int Bit);

    /// <summary>One conjunction: the bits it needs set (<see cref="Want"/>) or clear (in <see cref="Care"/>, not in <see cref="Want"/>); and, once placed, its rule.</summary>
    private readonly record struct Term(ulong Care, ulong Want, int Rule = 0)
    {
        /// <summary>Gets the term that always holds (it needs nothing).</summary>
        public static Term True => default;

        public bool IsTrue => Care == 0;

        /// <summary>The conjunction of two terms, or <see langword="null"/> when they contradict each other.</summary>
        public Term? And(in Term other) =>
            ((Want ^ other.Want) & Care & other.Care) != 0 ? null : new Term(Care | other.Care, Want | other.Want);
    }

    /// <summary>Rewrites condition trees into disjunctions of terms, allotting each distinct derived leaf one bit.</summary>
    private sealed class Builder(int room, bool mergeDerived)
    {
        /// <summary>Gets how many derived bits the word has room for.</summary>
        public int Room { get; } = room;

        public List<Interval> Intervals { get; } = [];

        public List<Mask> Masks { get; } = [];

        public List<Text> Texts { get; } = [];

        /// <summary>Gets how many derived bits have been allotted: one per distinct number test, any-of and text test.</summary>
        public int Derived => Intervals.Count + Masks.Count + Texts.Count;

        /// <summary>The terms of the subtree at <paramref name="index"/>, negated when asked; null when over the limits.</summary>
        public List<Term>? Rewrite(ConditionProgram program, int index, bool negate)
        {
            var node = program.Nodes[index];
            switch (node.Kind)
            {
                case ConditionProgram.NodeKind.Leaf:
                    return Leaf(program.Leaves[node.Leaf], negate);

                case ConditionProgram.NodeKind.Not:
                    return Rewrite(program, index + 1, !negate);
            }

            // De Morgan: a negated "all" is an "any" of negated parts, and the reverse.
            var conjunction = (node.Kind == ConditionProgram.NodeKind.All) != negate;
            List<Term> result = conjunction ? [Term.True] : [];
            for (var child = index + 1; child < node.End; child = program.Nodes[child].End)
            {
                var part = Rewrite(program, child, negate);
                if (part is null)
                {
                    return null;
                }

                result = conjunction ? And(result, part) : Or(result, part);

                // A product only grows; a disjunction is judged once merged (its parts are each within the limit).
                if ((conjunction && result.Count > MaxTerms) || Derived > Room)
                {
                    return null;
                }
            }

            result = conjunction ? result : Merge(result);
            return result.Count > MaxTerms ? null : result;
        }

        private static List<Term> And(List<Term> left, List<Term> right)
        {
            var product = new List<Term>(left.Count * right.Count);
            foreach (var a in left)
            {
                foreach (var b in right)
                {
                    if (a.And(b) is { } both && !product.Contains(both))
                    {
                        product.Add(both);
                    }
                }
            }

            return product;
        }

        private static List<Term> Or(List<Term> left, List<Term> right)
        {
            foreach (var term in right)
            {
                if (!left.Contains(term))
                {
                    left.Add(term);
                }
            }

            return left;
        }

        /// <summary>
        /// Simplifies a disjunction: one term that always holds makes it always hold; terms that each need just one
        /// choice bit set become one derived "any of these bits" leaf (rumour A or rumour B or a vague feeling), and
        /// when merging derived bits, so do those on a number test or an earlier "any of" (fewer than three years or
        /// fewer than two interviews). A text test's bit is never merged: texts are computed after the "any of"
        /// leaves, which are all computed at once on the word of choice and number bits (an "any of" of an earlier
        /// one is flattened into its bits, see AnyOf).
        /// </summary>
        private List<Term> Merge(List<Term> terms)
        {
            var single = 0UL;
            var count = 0;
            foreach (var term in terms)
            {
                if (term.IsTrue)
                {
                    return [Term.True];
                }

                if (IsSingleBit(term))
                {
                    single |= term.Care;
                    count++;
                }
            }

            if (count < 2)
            {
                return terms;
            }

            var merged = new List<Term> { AnyOf(single) };
            foreach (var term in terms)
            {
                if (!IsSingleBit(term))
                {
                    merged.Add(term);
                }
            }

            return merged;

            bool IsSingleBit(in Term term) =>
                term.Care == term.Want && BitOperations.PopCount(term.Care) == 1 && (term.Care < 1UL << DerivedAt || (mergeDerived && !IsText(term.Care)));

            bool IsText(ulong bit)
            {
                foreach (var text in Texts)
                {
                    if (1UL << text.Bit == bit)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private List<Term> Leaf(in ConditionProgram.Leaf leaf, bool negate)
        {
            switch (leaf.Read)
            {
                case ConditionProgram.Read.Interval:
                {
                    // The leaf holds when the number is in [Low, High], or outside it when it negates.
                    var number = (int)leaf.Field;
                    var bit = -1;
                    foreach (var interval in Intervals)
                    {
                        if (interval.Number == number && interval.Low.Equals(leaf.Low) && interval.High.Equals(leaf.High))
                        {
                            bit = interval.Bit - DerivedAt;
                        }
                    }

                    if (bit < 0)
                    {
                        bit = Derived;
                        Intervals.Add(new Interval(number, leaf.Low, leaf.High, DerivedAt + bit));
                    }

                    return [Derive(bit, leaf.Negate == negate)];
                }

                case ConditionProgram.Read.Bits:
                {
                    // The leaf holds when the fact has one of the mask's bits.
                    var mask = leaf.Mask << ConditionProgram.ChoiceAt(leaf.Field);
                    if (mask == 0)
                    {
                        return negate ? [Term.True] : [];
                    }

                    if (negate)
                    {
                        return [new Term(mask, 0)];
                    }

                    return [BitOperations.PopCount(mask) == 1 ? new Term(mask, mask) : AnyOf(mask)];
                }

                default:
                {
                    // A text test: the same operator and operand (on the one text fact) is the same test.
                    var bit = -1;
                    foreach (var text in Texts)
                    {
                        if (text.Leaf.Operator == leaf.Operator && text.Leaf.Value == leaf.Value)
                        {
                            bit = text.Bit - DerivedAt;
                        }
                    }

                    if (bit < 0)
                    {
                        bit = Derived;
                        Texts.Add(new Text(leaf, DerivedAt + bit));
                    }

                    return [Derive(bit, !negate)];
                }
            }
        }

        private Term AnyOf(ulong bits)
        {
            // An "any of" an earlier "any of" is an "any of" its bits: every one reads the choice and number bits only.
            foreach (var mask in Masks)
            {
                if ((bits & (1UL << mask.Bit)) != 0)
                {
                    bits = (bits & ~(1UL << mask.Bit)) | mask.Bits;
                }
            }

            var bit = -1;
            foreach (var mask in Masks)
            {
                if (mask.Bits == bits)
                {
                    bit = mask.Bit - DerivedAt;
                }
            }

            if (bit < 0)
            {
                bit = Derived;
                Masks.Add(new Mask(bits, DerivedAt + bit));
            }

            return Derive(bit, true);
        }

        /// <summary>A term on one derived bit, set or clear; past the word's room a placeholder, as the table is then refused.</summary>
        private Term Derive(int bit, bool set) => bit >= Room
            ? Term.True
            : new Term(1UL << (DerivedAt + bit), set ? 1UL << (DerivedAt + bit) : 0);
    }
}
