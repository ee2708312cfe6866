using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using InterviewRules.Engine;
using InterviewRules.Localization;
using InterviewRules.Policies;

namespace InterviewRules.Cli;

/// <summary><c>rules [--policy FILE] [--culture TAG]</c>: the catalog, one rule a line.</summary>
internal static class RulesCommand
{
    private static readonly string[] Headings = ["rules.heading.id", "rules.heading.kind", "rules.heading.section", "rules.heading.weight"];

    public static Command Create(CliContext context)
    {
        var policy = CliOptions.Policy("Show the effective catalog of this policy file (JSON).");
        var culture = CliOptions.Culture("the sections and weights");

        var command = new Command("rules", "List the rule catalog: id, kind, article section, weight.");
        command.Options.Add(policy);
        command.Options.Add(culture);
        command.SetAction(result =>
        {
            var effective = InterviewPolicy.ArticleDefault;
            if (!CliOptions.TryGetCulture(result, culture, context, out var language)
                | (result.GetValue(policy) is { } policyFile && !CliInput.TryReadPolicy(policyFile, context.Errors, out effective)))
            {
                return CliApp.BadInput;
            }

            Write(effective!, language, context);
            return CliApp.Ok;
        });
        return command;
    }

    private static void Write(InterviewPolicy policy, CultureInfo? culture, CliContext context)
    {
        var rows = new List<string[]>
        {
            Headings.Select(key => Texts.Get(key, culture)).ToArray(),
        };
        foreach (var rule in policy.CreateRuleSet())
        {
            rows.Add([rule.Descriptor.Id, KindName(rule.Descriptor.Kind, culture), rule.Descriptor.GetSource(culture), rule.Descriptor.GetWeightSummary(culture)]);
        }

        foreach (var disabled in policy.DisabledRules)
        {
            rows.Add([disabled.Id, KindName(disabled.Kind, culture), disabled.GetSource(culture), Texts.Get("rules.disabled", culture)]);
        }

        var widths = Enumerable.Range(0, 3).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            context.Output.Write($"{row[0].PadRight(widths[0])}  {row[1].PadRight(widths[1])}  {row[2].PadRight(widths[2])}  {row[3]}\n");
        }
    }

    // The texts kind.{name}, by the contract's name of the kind (CounterReason → counterReason): in English, that name.
    private static string KindName(FindingKind kind, CultureInfo? culture) =>
        Texts.Get("kind." + JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()), culture);
}
