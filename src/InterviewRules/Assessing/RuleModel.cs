using System;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Assessing;

/// <summary>
/// A rule as the assessor sees it: a declared rule's conditions (the items they read, the numbers they compare, the
/// texts they name), or a code rule, opaque but for the facts its descriptor says it reads.
/// </summary>
internal sealed class RuleModel
{
    public RuleModel(IRule<InterviewScenario> rule, int order, int rank)
    {
        Rule = rule;
        Order = order;
        Rank = rank;
        Declared = rule as DeclaredRule;
        var reads = new List<Item>();
        var uses = new List<Item>();
        var comparisons = new List<Comparison>();
        var texts = new List<string>();
        if (Declared is { } declared)
        {
            foreach (var program in declared.Programs)
            {
                Collect(program, reads, comparisons, texts);
            }

            uses.AddRange(reads);
            foreach (var program in declared.EvidencePrograms)
            {
                Collect(program, uses, comparisons, texts);
            }

            foreach (var evidence in declared.Entry.Evidence)
            {
                Item.Read(evidence.Fact, uses);
            }
        }
        else if (rule.Descriptor.Facts.Count > 0)
        {
            foreach (var path in rule.Descriptor.Facts)
            {
                Item.Read(FactDefinition.Find(path)!, reads);
            }

            DeclaredItems = [.. reads];
            uses.AddRange(reads);
        }

        Reads = [.. reads];
        Uses = [.. uses.Distinct().OrderBy(i => i.Index)];
        Comparisons = [.. comparisons];
        Texts = [.. texts];
    }

    public IRule<InterviewScenario> Rule { get; }

    /// <summary>The models of a rule set's rules, in order, each with its place in ordinal id order.</summary>
    public static RuleModel[] Of(RuleSet<InterviewScenario> rules)
    {
        var ids = rules.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal).ToList();
        return [.. rules.Select((rule, order) => new RuleModel(rule, order, ids.IndexOf(rule.Descriptor.Id)))];
    }

    public string Id => Rule.Descriptor.Id;

    public int Order { get; }

    /// <summary>Gets the rule's place in ordinal id order (ties in the strongest finding go to the lower).</summary>
    public int Rank { get; }

    /// <summary>Gets the declared rule, or <see langword="null"/> for a code rule.</summary>
    public DeclaredRule? Declared { get; }

    /// <summary>Gets, for a code rule, the items its declared facts name; <see langword="null"/> when it declares none (or for a declared rule).</summary>
    public Item[]? DeclaredItems { get; }

    /// <summary>Gets whether its finding vetoes (a code rule's is known only from its finding).</summary>
    public bool Veto => Declared?.Entry.Veto ?? false;

    /// <summary>Gets the items its decision reads.</summary>
    public Item[] Reads { get; }

    /// <summary>Gets the items its decision, evidence or words read.</summary>
    public Item[] Uses { get; }

    /// <summary>Gets the numbers its conditions compare.</summary>
    public Comparison[] Comparisons { get; }

    /// <summary>Gets the texts its conditions compare the industry with.</summary>
    public string[] Texts { get; }

    /// <summary>Decides over a completion: whether the rule fires, and with what weight (a code rule through its own evaluation).</summary>
    public bool Decide(Completion completion, out double weight)
    {
        if (Declared is { } declared)
        {
            return declared.Decide(completion.Facts, out weight, out _);
        }

        var finding = Rule.Evaluate(completion.ToScenario());
        weight = finding?.Weight ?? 0;
        return finding is not null;
    }

    /// <summary>Whether a code rule's finding over this completion vetoes.</summary>
    public bool VetoesOver(Completion completion) => Declared is null ? Rule.Evaluate(completion.ToScenario())?.Veto ?? false : Veto;

    private static void Collect(ConditionProgram program, List<Item> items, List<Comparison> comparisons, List<string> texts)
    {
        foreach (ref readonly var leaf in program.Leaves)
        {
            Item.Read(leaf.Fact, leaf.Mask, items);
            switch (leaf.Read)
            {
                case ConditionProgram.Read.Interval:
                    comparisons.Add(new Comparison(leaf.Fact, leaf.Operator, leaf.Value.Number));
                    break;
                case ConditionProgram.Read.Text:
                    foreach (var text in leaf.Operator == ConditionOperator.In ? leaf.Value.Items : [leaf.Value.Text!])
                    {
                        if (!texts.Contains(text, StringComparer.Ordinal))
                        {
                            texts.Add(text);
                        }
                    }

                    break;
            }
        }
    }
}
