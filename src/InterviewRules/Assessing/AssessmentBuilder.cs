using System;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Assessing;

/// <summary>Turns the assessor's analyses into the assessment contract: findings, possible rules, ranked questions, sufficient facts.</summary>
internal static class AssessmentBuilder
{
    public static Assessment Build(InterviewAdvisor advisor, PartialScenario scenario)
    {
        var evaluator = advisor.Evaluator;
        var assessor = new Assessor(advisor.AssessorRules, evaluator.Aggregator, evaluator.Threshold);
        var state = scenario.Items.ToArray();
        var unknown = ReadOnlyArray<string>.Own([.. Item.All.Where(i => !state[i.Index].IsKnown(i)).Select(i => i.Path)]);
        try
        {
            var analysis = assessor.Analyze(state, relevance: true, stats: true);
            if (analysis.IsUndetermined)
            {
                return Undetermined(assessor, advisor.Policy, state, unknown, analysis.OpaqueRules, null);
            }

            var status = analysis.IsSettled ? AssessmentStatus.Settled : AssessmentStatus.Open;
            var basis = analysis.Basis.ToScenario();
            return new Assessment(status, analysis.Decision, new ScoreRange(Zero(analysis.Min), Zero(analysis.Max)), advisor.Policy)
            {
                Unknown = unknown,
                Relevant = ReadOnlyArray<string>.Own([.. analysis.Relevant.Select(i => i.Path)]),
                Findings = Findings(assessor, analysis, state, basis),
                Possible = Possible(assessor, analysis, state),
                Questions = Questions(assessor, state, analysis.Relevant),
                Sufficient = analysis.IsSettled ? Sufficient(assessor, state, analysis.Decision!.Value) : null,
                Recommendation = Complete(assessor, state, analysis) is { } complete ? advisor.Recommend(complete) : null,
            };
        }
        catch (AssessmentBoundException ex)
        {
            return Undetermined(assessor, advisor.Policy, state, unknown, [], ex.Message);
        }
    }

    private static Assessment Undetermined(Assessor assessor, PolicyIdentity policy, ItemState[] state, IReadOnlyList<string> unknown, IReadOnlyList<string> opaque, string? reason)
    {
        // What the hidden rules declare and is still unknown is what to ask; the answers say where each would leave it.
        var asked = assessor.Rules.Where(r => opaque.Contains(r.Id) && r.DeclaredItems is not null)
            .SelectMany(r => r.DeclaredItems!).Where(i => !state[i.Index].IsKnown(i)).Distinct().OrderBy(i => i.Index).ToList();
        var questions = reason is null ? Questions(assessor, state, asked) : ReadOnlyArray<AssessmentQuestion>.Empty;
        return new Assessment(AssessmentStatus.Undetermined, null, null, policy)
        {
            Unknown = unknown,
            OpaqueRules = ReadOnlyArray<string>.Own([.. opaque]),
            Reason = reason,
            Questions = questions,
        };
    }

    private static ReadOnlyArray<AssessedFinding> Findings(Assessor assessor, Analysis analysis, ItemState[] state, InterviewScenario basis)
    {
        var findings = new List<(AssessedFinding Finding, double Strength)>();
        foreach (var rule in assessor.Rules.Where(r => analysis.AlwaysFires(r.Order)))
        {
            var (min, max) = analysis.WeightRange(rule.Order);
            var everyFactKnown = UsedItems(rule, state, analysis.Basis).All(i => state[i.Index].IsKnown(i));
            var finding = everyFactKnown ? rule.Rule.Evaluate(basis) : null;
            var evidence = finding?.Evidence ?? KnownEvidence(rule, state, analysis.Basis, basis);
            var general = rule.Declared is not null && ArticleRules.Find(rule.Id) is not null ? rule.Id + ".general" : null;
            var veto = finding?.Veto ?? rule.Veto;
            findings.Add((new AssessedFinding(rule.Rule.Descriptor, new ScoreRange(min, max), veto, evidence, finding, general), Math.Max(Math.Abs(min), Math.Abs(max))));
        }

        // The recommendation's order: vetoes first, then the greater weight, then the rule id.
        findings.Sort((a, b) =>
            a.Finding.Veto != b.Finding.Veto ? (a.Finding.Veto ? -1 : 1)
            : a.Strength != b.Strength ? b.Strength.CompareTo(a.Strength)
            : string.CompareOrdinal(a.Finding.RuleId, b.Finding.RuleId));
        return ReadOnlyArray<AssessedFinding>.Own([.. findings.Select(f => f.Finding)]);
    }

    private static ReadOnlyArray<PossibleFinding> Possible(Assessor assessor, Analysis analysis, ItemState[] state)
    {
        var possible = new List<PossibleFinding>();
        foreach (var rule in assessor.Rules.Where(r => analysis.SometimesFires(r.Order)))
        {
            var (min, max) = analysis.WeightRange(rule.Order);
            var deciding = assessor.DecidingItems(rule, state, analysis.Basis).Select(i => i.Path);
            possible.Add(new PossibleFinding(rule.Id, new ScoreRange(min, max), ReadOnlyArray<string>.Own([.. deciding])));
        }

        return ReadOnlyArray<PossibleFinding>.Own([.. possible]);
    }

    /// <summary>
    /// One question per item, each answer class assessed again (relevance recomputed, not the list minus one), ranked:
    /// those every answer of which settles first, then the smallest worst count of facts still relevant, then item order.
    /// </summary>
    private static ReadOnlyArray<AssessmentQuestion> Questions(Assessor assessor, ItemState[] state, IReadOnlyList<Item> items)
    {
        var questions = new List<(AssessmentQuestion Question, int Index)>();
        foreach (var item in items)
        {
            var answers = new List<AssessmentAnswer>();
            var worst = 0;
            foreach (var (label, restricted) in Classes(assessor, item, state))
            {
                var next = (ItemState[])state.Clone();
                next[item.Index] = restricted;
                var after = assessor.Analyze(next, relevance: true);
                var status = after.IsUndetermined ? AssessmentStatus.Undetermined : after.IsSettled ? AssessmentStatus.Settled : AssessmentStatus.Open;
                answers.Add(new AssessmentAnswer(label, status, after.Decision));
                worst = Math.Max(worst, after.Relevant.Count);
            }

            var settles = answers.All(a => a.Status == AssessmentStatus.Settled);
            questions.Add((new AssessmentQuestion(item.Path, settles, worst, ReadOnlyArray<AssessmentAnswer>.Own([.. answers])), item.Index));
        }

        questions.Sort((a, b) =>
            a.Question.SettlesAlways != b.Question.SettlesAlways ? (a.Question.SettlesAlways ? -1 : 1)
            : a.Question.Worst != b.Question.Worst ? a.Question.Worst.CompareTo(b.Question.Worst)
            : a.Index.CompareTo(b.Index));
        return ReadOnlyArray<AssessmentQuestion>.Own([.. questions.Select(q => q.Question)]);
    }

    /// <summary>An item's answer classes, each with its label and what is known once an answer in it is given.</summary>
    private static List<(string Label, ItemState State)> Classes(Assessor assessor, Item item, ItemState[] state)
    {
        var known = state[item.Index];
        var classes = new List<(string, ItemState)>();
        switch (item.Kind)
        {
            case ItemKind.Discrete:
                for (var v = 0; v < item.Values.Count; v++)
                {
                    if ((known.Mask & (1UL << v)) != 0)
                    {
                        classes.Add((item.Values[v], ItemState.Discrete(1UL << v)));
                    }
                }

                break;

            case ItemKind.Number:
                var comparisons = assessor.Rules.SelectMany(r => r.Comparisons).ToList();
                double? Known(Item other) => state[other.Index].IsKnown(other) ? state[other.Index].Low : null;
                foreach (var piece in AnswerClasses.ForQuestion(item, known, comparisons, Known, other => state[other.Index]))
                {
                    classes.Add((AnswerClasses.Label(item, piece, known), piece));
                }

                break;

            default:
                var texts = assessor.Texts;
                for (var i = 0; i < texts.Count + 2; i++)
                {
                    if (known.Mask == 0 || (known.Mask & (1UL << i)) != 0)
                    {
                        classes.Add((i < texts.Count ? texts[i] : i == texts.Count ? "other" : "none", i < texts.Count ? ItemState.KnownText(texts[i]) : new ItemState(0, false, 0, false, 1UL << i, null, false)));
                    }
                }

                break;
        }

        return classes;
    }

    /// <summary>Goes through the known items in reverse item order and drops each whose removal leaves the same settled decision.</summary>
    private static ReadOnlyArray<string> Sufficient(Assessor assessor, ItemState[] state, Verdict decision)
    {
        var work = (ItemState[])state.Clone();
        foreach (var item in Item.All.Reverse().Where(i => state[i.Index].IsKnown(i)))
        {
            var trial = (ItemState[])work.Clone();
            trial[item.Index] = ItemState.Unknown(item);
            var after = assessor.Analyze(trial, relevance: false);
            if (after.IsSettled && after.Decision == decision)
            {
                work = trial;
            }
        }

        return ReadOnlyArray<string>.Own([.. Item.All.Where(i => work[i.Index].IsKnown(i)).Select(i => i.Path)]);
    }

    /// <summary>The scenario every rule's condition, evidence and words can be read from, when nothing they use is unknown.</summary>
    private static InterviewScenario? Complete(Assessor assessor, ItemState[] state, Analysis analysis)
    {
        var used = assessor.Rules.SelectMany(r => UsedItems(r, state, analysis.Basis)).ToHashSet();
        if (used.Any(i => !state[i.Index].IsKnown(i)))
        {
            return null;
        }

        // What no rule uses takes the scenario's default where it has one; nothing states it.
        var completion = new Completion();
        completion.CopyFrom(analysis.Basis);
        foreach (var item in Item.All.Where(i => !state[i.Index].IsKnown(i)))
        {
            switch (item.Kind)
            {
                case ItemKind.Number when item.Fact.Default.Kind == FactValueKind.Number:
                    completion.Numbers[item.Index] = item.Fact.Default.Number;
                    break;
                case ItemKind.Text:
                    completion.Text = null;
                    break;
            }
        }

        return completion.ToScenario();
    }

    /// <summary>The items a rule's decision reads, and those its evidence shows where the evidence can be shown.</summary>
    private static IEnumerable<Item> UsedItems(RuleModel rule, ItemState[] state, Completion basis)
    {
        if (rule.Declared is not { } declared)
        {
            return rule.Uses;
        }

        var used = new List<Item>(rule.Reads);
        foreach (var evidence in declared.Entry.Evidence)
        {
            if (Shows(evidence, state, basis) != false)
            {
                Item.Read(evidence.Fact, used);
            }
        }

        return used;
    }

    private static ReadOnlyArray<Evidence> KnownEvidence(RuleModel rule, ItemState[] state, Completion basis, InterviewScenario scenario)
    {
        var evidence = new List<Evidence>();
        foreach (var item in rule.Declared?.Entry.Evidence ?? [])
        {
            var items = new List<Item>();
            Item.Read(item.Fact, items);
            if (Shows(item, state, basis) == true && items.All(i => state[i.Index].IsKnown(i)))
            {
                evidence.Add(item.Fact.Evidence(scenario));
            }
        }

        return ReadOnlyArray<Evidence>.Own([.. evidence]);
    }

    /// <summary>Whether a finding shows this evidence: known when the condition's items are, else <see langword="null"/>.</summary>
    private static bool? Shows(EvidenceItem evidence, ItemState[] state, Completion basis)
    {
        if (evidence.When is null)
        {
            return true;
        }

        var program = ConditionProgram.Compile(evidence.When);
        var items = new List<Item>();
        foreach (ref readonly var leaf in program.Leaves)
        {
            Item.Read(leaf.Fact, leaf.Mask, items);
        }

        return items.All(i => state[i.Index].IsKnown(i)) ? program.Evaluate(basis.Facts) : null;
    }

    private static double Zero(double x) => x == 0 ? 0 : x;
}
