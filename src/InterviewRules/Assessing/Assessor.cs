using System;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Assessing;

/// <summary>
/// Decides exactly with what is known (design.md, "Deciding with what is known"). The unknown items are split into
/// independent groups — two items are in one group when a rule reads both — and each group's answer classes are
/// walked completely, giving every contribution its rules can make (<see cref="Outcome"/>); contributions of groups
/// combine into every aggregate a completion can have. Nothing is sampled: on each class every comparison a rule
/// makes is constant, so the walk sees every behaviour. Work is bounded (<see cref="MaxWork"/>); past it the answer
/// is undetermined, never a guess.
/// </summary>
internal sealed class Assessor
{
    /// <summary>The most rule evaluations one assessment may make, questions included.</summary>
    public const int MaxWork = 2_000_000;

    /// <summary>The most distinct contributions a combination of groups may hold.</summary>
    public const int MaxOutcomes = 200_000;

    private readonly RuleModel[] _rules;
    private readonly IAggregator _aggregator;
    private readonly double _threshold;
    private readonly bool _trackStrongest;
    private readonly string[] _texts;
    private readonly Dictionary<string, Walked> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Item, double Partner), List<Choice>> _classes = [];
    private int _work;

    public Assessor(IReadOnlyList<RuleModel> rules, IAggregator aggregator, double threshold)
    {
        _aggregator = aggregator;
        _threshold = threshold;
        _trackStrongest = aggregator.ReadsStrongest;
        _rules = [.. rules];
        _texts = [.. _rules.SelectMany(r => r.Texts).Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<RuleModel> Rules => _rules;

    /// <summary>Gets how many rule evaluations this assessor has made so far (for the bound).</summary>
    public int Work => _work;

    /// <summary>The texts the rules compare the industry with: each is an answer class, with "another" and "none".</summary>
    public IReadOnlyList<string> Texts => _texts;

    /// <summary>Analyzes what is known: the decisions and scores completions can have, each rule's findings over them, and (when asked) the relevant items.</summary>
    public Analysis Analyze(ItemState[] state, bool relevance, bool stats = false)
    {
        var unknown = new bool[Item.All.Count];
        foreach (var item in Item.All)
        {
            unknown[item.Index] = !state[item.Index].IsKnown(item);
        }

        var opaque = Opaque(unknown);
        if (opaque.Count > 0)
        {
            return Analysis.Undetermined(opaque, null);
        }

        var basis = Basis(state);
        var groups = Groups(unknown);
        var analysis = new Analysis(_rules.Length) { Basis = basis };

        // Rules that read no unknown item contribute the same in every completion, added in rule order.
        var constant = default(Outcome);
        foreach (var rule in _rules)
        {
            if (!rule.Reads.Any(i => unknown[i.Index]))
            {
                var fires = rule.Decide(basis, out var weight);
                analysis.Record(rule.Order, fires, weight);
                constant = fires ? constant.Add(weight, rule.VetoesOver(basis), rule.Rank, _trackStrongest) : constant;
            }
        }

        // A group's outcomes and families depend only on what is known of its own items: an analysis that only asks
        // for decisions (a question's answer, a step of the sufficient set) takes them from the cache when the same
        // group was walked before in this assessment.
        var walked = groups.Select(g => stats ? new Walked(Walk(g, state, basis, analysis)) : Cached(g, state, basis)).ToList();
        var all = Combine([[constant], .. walked.Select(w => w.Outcomes)]);
        analysis.CanAccept = all.Any(o => o.Decide(_aggregator, _threshold) == Verdict.Accept);
        analysis.CanDecline = all.Any(o => o.Decide(_aggregator, _threshold) == Verdict.Decline);
        analysis.Min = all.Min(o => o.Sum);
        analysis.Max = all.Max(o => o.Sum);
        if (relevance && analysis.CanAccept && analysis.CanDecline)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                var rest = Combine([[constant], .. walked.Where((_, i) => i != g).Select(w => w.Outcomes)]);
                double[]? restSums = _trackStrongest ? null : [.. rest.Where(o => !o.Veto).Select(o => o.Sum).Distinct().Order()];
                foreach (var item in groups[g].Items)
                {
                    var families = walked[g].Families(item, () => Families(groups[g], item, state, basis));
                    if (families.Any(f => restSums is null ? VariesOver(f, rest) : VariesOverSums(f, restSums)))
                    {
                        analysis.Relevant.Add(item);
                    }
                }
            }

            analysis.Relevant.Sort((a, b) => a.Index.CompareTo(b.Index));
        }

        return analysis;
    }

    /// <summary>The unknown items a rule's firing depends on: those whose value, the others held, can change whether it fires.</summary>
    public List<Item> DecidingItems(RuleModel rule, ItemState[] state, Completion basis)
    {
        var deciding = new List<Item>();
        var unknown = rule.Reads.Where(i => !state[i.Index].IsKnown(i)).ToList();
        var group = new Group([rule], unknown);
        foreach (var item in unknown)
        {
            var varies = false;
            WalkFamilies(group, item, state, basis, family => varies |= family.Select(o => o.HasStrongest).Distinct().Count() > 1, firing: true);
            if (varies)
            {
                deciding.Add(item);
            }
        }

        return deciding;
    }

    /// <summary>The first completion: each known item's value, and for each unknown one a value of its first class.</summary>
    public Completion Basis(ItemState[] state)
    {
        var completion = new Completion();
        foreach (var item in Item.All)
        {
            var known = state[item.Index];
            switch (item.Kind)
            {
                case ItemKind.Number:
                    completion.Numbers[item.Index] = AnswerClasses.Representative(item, known);
                    break;
                case ItemKind.Discrete:
                    completion.Values[item.Index] = System.Numerics.BitOperations.TrailingZeroCount(known.Mask);
                    break;
                default:
                    completion.Text = known.TextKnown ? known.Text : TextClasses(known)[0];
                    break;
            }
        }

        return completion;
    }

    /// <summary>The values of the industry a walk tries: each text a rule compares it with (when still possible), another text, and none.</summary>
    public List<string?> TextClasses(ItemState state)
    {
        if (state.TextKnown)
        {
            return [state.Text];
        }

        var classes = new List<string?>();
        for (var i = 0; i < _texts.Length + 2; i++)
        {
            if (state.Mask == 0 || (state.Mask & (1UL << i)) != 0)
            {
                classes.Add(i < _texts.Length ? _texts[i] : i == _texts.Length ? OtherText() : null);
            }
        }

        return classes;
    }

    private string OtherText()
    {
        var other = "another industry";
        while (_texts.Contains(other, StringComparer.Ordinal))
        {
            other += "'";
        }

        return other;
    }

    private List<string> Opaque(bool[] unknown)
    {
        var opaque = new List<string>();
        foreach (var rule in _rules)
        {
            if (rule.Declared is null && (rule.DeclaredItems is null ? unknown.Any(u => u) : rule.DeclaredItems.Any(i => unknown[i.Index])))
            {
                opaque.Add(rule.Id);
            }
        }

        return opaque;
    }

    private List<Group> Groups(bool[] unknown)
    {
        // Union-find over the unknown items: a rule joins every unknown item it reads.
        var parent = Enumerable.Range(0, Item.All.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        foreach (var rule in _rules)
        {
            var first = -1;
            foreach (var item in rule.Reads.Where(i => unknown[i.Index]))
            {
                if (first < 0)
                {
                    first = item.Index;
                }
                else
                {
                    parent[Find(item.Index)] = Find(first);
                }
            }
        }

        var groups = new Dictionary<int, (List<RuleModel> Rules, List<Item> Items)>();
        foreach (var rule in _rules)
        {
            var item = rule.Reads.FirstOrDefault(i => unknown[i.Index]);
            if (item is not null)
            {
                var root = Find(item.Index);
                if (!groups.TryGetValue(root, out var group))
                {
                    groups[root] = group = ([], []);
                }

                group.Rules.Add(rule);
                foreach (var read in rule.Reads.Where(i => unknown[i.Index] && !group.Items.Contains(i)))
                {
                    group.Items.Add(read);
                }
            }
        }

        return [.. groups.Values.Select(g => new Group([.. g.Rules], [.. g.Items.OrderBy(i => i.Index)]))];
    }

    private HashSet<Outcome> Walk(Group group, ItemState[] state, Completion basis, Analysis? analysis)
    {
        _classes.Clear();
        var estimate = 1.0;
        foreach (var item in group.Items)
        {
            estimate *= Classes(group, item, state, basis, new bool[Item.All.Count]).Count;
        }

        if (estimate * group.Rules.Length > MaxWork)
        {
            throw new AssessmentBoundException($"about {estimate * group.Rules.Length:N0} rule evaluations would be needed, more than the {MaxWork:N0} allowed");
        }

        var outcomes = new HashSet<Outcome>();
        var completion = new Completion();
        completion.CopyFrom(basis);
        var assigned = new bool[Item.All.Count];
        Walk(group, group.Items, 0, state, completion, assigned, () => outcomes.Add(Evaluate(group, completion, analysis)));
        return outcomes;
    }

    private void Walk(Group group, IReadOnlyList<Item> order, int depth, ItemState[] state, Completion completion, bool[] assigned, Action leaf)
    {
        if (depth == order.Count)
        {
            leaf();
            return;
        }

        var item = order[depth];
        foreach (var choice in Classes(group, item, state, completion, assigned))
        {
            choice.Assign(item, completion);
            assigned[item.Index] = true;
            Walk(group, order, depth + 1, state, completion, assigned, leaf);
            assigned[item.Index] = false;
        }
    }

    /// <summary>
    /// A value of each class of an item, given the values already fixed (a sum's other term moves a number's cuts).
    /// Made once per walk for each item and value of the other terms of its sums: most items have none.
    /// </summary>
    private List<Choice> Classes(Group group, Item item, ItemState[] state, Completion completion, bool[] assigned)
    {
        var partner = double.NaN;
        foreach (var comparison in group.Comparisons)
        {
            if (AnswerClasses.IsTermOf(item, comparison.Fact, out var other) && (assigned[other.Index] || state[other.Index].IsKnown(other)))
            {
                partner = completion.Numbers[other.Index];
                break;
            }
        }

        if (!_classes.TryGetValue((item.Index, partner), out var choices))
        {
            _classes[(item.Index, partner)] = choices = MakeClasses(group, item, state, completion, assigned);
        }

        return choices;
    }

    private List<Choice> MakeClasses(Group group, Item item, ItemState[] state, Completion completion, bool[] assigned)
    {
        var known = state[item.Index];
        var choices = new List<Choice>();
        switch (item.Kind)
        {
            case ItemKind.Discrete:
                for (var v = 0; v < item.Values.Count; v++)
                {
                    if ((known.Mask & (1UL << v)) != 0)
                    {
                        choices.Add(new Choice(0, v, null));
                    }
                }

                break;

            case ItemKind.Number:
                double? Fixed(Item other) => assigned[other.Index] || state[other.Index].IsKnown(other) ? completion.Numbers[other.Index] : null;
                foreach (var piece in AnswerClasses.ForWalk(item, known, group.Comparisons, Fixed, other => state[other.Index]))
                {
                    choices.Add(new Choice(AnswerClasses.Representative(item, piece), 0, null));
                }

                break;

            default:
                foreach (var text in TextClasses(known))
                {
                    choices.Add(new Choice(0, 0, text));
                }

                break;
        }

        return choices;
    }

    private Outcome Evaluate(Group group, Completion completion, Analysis? analysis)
    {
        if ((_work += group.Rules.Length) > MaxWork)
        {
            throw new AssessmentBoundException($"more than {MaxWork:N0} rule evaluations would be needed");
        }

        var outcome = default(Outcome);
        foreach (var rule in group.Rules)
        {
            var fires = rule.Decide(completion, out var weight);
            analysis?.Record(rule.Order, fires, weight);
            outcome = fires ? outcome.Add(weight, rule.Veto, rule.Rank, _trackStrongest) : outcome;
        }

        return outcome;
    }

    /// <summary>The distinct families of outcomes that differ in <paramref name="item"/> alone (see <see cref="WalkFamilies"/>).</summary>
    private List<List<Outcome>> Families(Group group, Item item, ItemState[] state, Completion basis)
    {
        var families = new List<List<Outcome>>();
        WalkFamilies(group, item, state, basis, families.Add, firing: false);
        return families;
    }

    private Walked Cached(Group group, ItemState[] state, Completion basis)
    {
        // Keyed by what is known of every item the group's rules read, known ones included: a question's answer fixes an
        // item other groups never read, but the group it left reads it.
        var key = string.Join(";", group.Rules.SelectMany(r => r.Reads).Distinct().OrderBy(i => i.Index).Select(i => $"{i.Index}:{state[i.Index]}"));
        if (!_cache.TryGetValue(key, out var walked))
        {
            _cache[key] = walked = new Walked(Walk(group, state, basis, null));
        }

        return walked;
    }

    /// <summary>Whether, combined with some outcome of the other groups, the family's members get different decisions.</summary>
    private bool VariesOver(List<Outcome> family, HashSet<Outcome> rest)
    {
        foreach (var other in rest)
        {
            var first = family[0].Combine(other).Decide(_aggregator, _threshold);
            for (var i = 1; i < family.Count; i++)
            {
                if (family[i].Combine(other).Decide(_aggregator, _threshold) != first)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The same for a weighted sum with veto, by binary search over the other groups' sums where nothing vetoes: the
    /// smallest sum that lets the family's best member pass the threshold is the one most likely to fail its worst.
    /// </summary>
    private bool VariesOverSums(List<Outcome> family, double[] sums)
    {
        var best = double.NegativeInfinity;
        var worst = double.PositiveInfinity;
        var vetoed = false;
        foreach (var outcome in family)
        {
            if (outcome.Veto)
            {
                vetoed = true;
            }
            else
            {
                best = Math.Max(best, outcome.Sum);
                worst = Math.Min(worst, outcome.Sum);
            }
        }

        if (double.IsNegativeInfinity(best))
        {
            return false;
        }

        int low = 0, high = sums.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (best + sums[middle] > _threshold)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low < sums.Length && (vetoed || !(worst + sums[low] > _threshold));
    }

    /// <summary>
    /// Walks every completion of the group's other items, and for each, every class of <paramref name="item"/> with
    /// the others held: each such family of outcomes differs in that item alone. Distinct families are handed on once.
    /// </summary>
    private void WalkFamilies(Group group, Item item, ItemState[] state, Completion basis, Action<List<Outcome>> family, bool firing)
    {
        var order = group.Items.Where(i => i != item).Append(item).ToList();
        var completion = new Completion();
        completion.CopyFrom(basis);
        var assigned = new bool[Item.All.Count];
        var seen = new HashSet<FamilyKey>();
        _classes.Clear();
        var others = order.Take(order.Count - 1).ToList();
        Walk(group, others, 0, state, completion, assigned, () =>
        {
            var outcomes = new List<Outcome>();
            foreach (var choice in Classes(group, item, state, completion, assigned))
            {
                choice.Assign(item, completion);
                var outcome = firing ? Firing(group.Rules[0], completion) : Evaluate(group, completion, null);
                if (!outcomes.Contains(outcome))
                {
                    outcomes.Add(outcome);
                }
            }

            if (outcomes.Count > 1 && seen.Add(FamilyKey.Of(outcomes, firing || _trackStrongest)))
            {
                family(outcomes);
            }
        });
    }

    // Whether one rule fires, as an outcome a family can hold.
    private Outcome Firing(RuleModel rule, Completion completion)
    {
        if (++_work > MaxWork)
        {
            throw new AssessmentBoundException($"more than {MaxWork:N0} rule evaluations would be needed");
        }

        return new Outcome(0, false, rule.Decide(completion, out _), 0, 0);
    }

    private static HashSet<Outcome> Combine(IReadOnlyList<IReadOnlyCollection<Outcome>> sets)
    {
        var result = new HashSet<Outcome> { default };
        foreach (var set in sets)
        {
            var next = new HashSet<Outcome>();
            foreach (var a in result)
            {
                foreach (var b in set)
                {
                    next.Add(a.Combine(b));
                    if (next.Count > MaxOutcomes)
                    {
                        throw new AssessmentBoundException($"more than {MaxOutcomes:N0} distinct aggregates would have to be kept");
                    }
                }
            }

            result = next;
        }

        return result;
    }

    /// <summary>A group walked once: its outcomes, and the families of each item as they are first asked for.</summary>
    private sealed class Walked(HashSet<Outcome> outcomes)
    {
        private readonly Dictionary<Item, List<List<Outcome>>> _families = [];

        public HashSet<Outcome> Outcomes { get; } = outcomes;

        public List<List<Outcome>> Families(Item item, Func<List<List<Outcome>>> walk)
        {
            if (!_families.TryGetValue(item, out var families))
            {
                _families[item] = families = walk();
            }

            return families;
        }
    }

    /// <summary>A value of one answer class of an item.</summary>
    private readonly record struct Choice(double Number, int Value, string? Text)
    {
        public void Assign(Item item, Completion completion)
        {
            switch (item.Kind)
            {
                case ItemKind.Number:
                    completion.Numbers[item.Index] = Number;
                    break;
                case ItemKind.Discrete:
                    completion.Values[item.Index] = Value;
                    break;
                default:
                    completion.Text = Text;
                    break;
            }
        }
    }

    /// <summary>
    /// What tells two families apart for the decision: for a weighted sum, the least and greatest sum without a veto and
    /// whether one vetoes; otherwise the members themselves.
    /// </summary>
    private readonly record struct FamilyKey(double Worst, double Best, bool Vetoed, string? Members)
    {
        public static FamilyKey Of(List<Outcome> family, bool whole)
        {
            if (whole)
            {
                return new(0, 0, false, string.Join(";", family.Select(o => o.ToString()).Order(StringComparer.Ordinal)));
            }

            var nonVeto = family.Where(o => !o.Veto).Select(o => o.Sum).ToList();
            return new(nonVeto.Count == 0 ? 0 : nonVeto.Min(), nonVeto.Count == 0 ? 0 : nonVeto.Max(), family.Any(o => o.Veto), null);
        }
    }

    /// <summary>Unknown items that rules read together, and those rules, in rule order.</summary>
    internal sealed record Group(RuleModel[] Rules, List<Item> Items)
    {
        public Comparison[] Comparisons { get; } = [.. Rules.SelectMany(r => r.Comparisons)];
    }
}

/// <summary>Thrown inside the assessor when the work would pass its bound; the assessment then says undetermined, and why.</summary>
internal sealed class AssessmentBoundException(string reason) : Exception(reason);
