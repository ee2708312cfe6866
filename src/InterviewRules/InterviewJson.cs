using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using InterviewRules.Engine;
using InterviewRules.Json;

namespace InterviewRules;

/// <summary>
/// Reads scenarios and writes scenarios and recommendations in the JSON contracts of docs/contract.md (camelCase, enums as
/// camelCase strings). Reading is strict and reports every problem of a document with its JSON path; writing is
/// deterministic: the same value always gives the same bytes.
/// </summary>
public static class InterviewJson
{
    private static readonly InterviewJsonContext Context = new(new JsonSerializerOptions
    {
        // Keep '+', '§', quotes and non-ASCII letters readable: the output is data, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
    });

    /// <summary>Gets the largest document the readers accept, in bytes (after a UTF-8 byte-order mark, if any).</summary>
    public static int MaxDocumentBytes => JsonInput.MaxBytes;

    /// <summary>
    /// Reads a document's bytes from any stream — a file, a device, a pipe, a request body — and stops one byte past
    /// the largest document the readers accept (with its byte-order mark), so an endless or oversized source ends in
    /// <see langword="false"/>, never in memory. Pass the bytes to a reader.
    /// </summary>
    /// <param name="stream">The stream; read from its position, not disposed.</param>
    /// <param name="utf8">The bytes read, when the document fits.</param>
    /// <returns><see langword="false"/> when the stream holds more than <see cref="MaxDocumentBytes"/> bytes (plus a byte-order mark).</returns>
    public static bool TryReadBounded(Stream stream, out byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[MaxDocumentBytes + 4];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        utf8 = total == buffer.Length ? [] : buffer[..total];
        return total < buffer.Length;
    }

    /// <summary>Gets the deepest nesting the readers accept.</summary>
    public static int MaxDepth => JsonInput.MaxDepth;

    /// <summary>Gets the names of the JSON Schemas (draft 2020-12) of the contracts: <c>scenario</c>, <c>recommendation</c>, <c>policy</c>, <c>ranking</c>, <c>partial-scenario</c>, <c>assessment</c>.</summary>
    public static IReadOnlyList<string> SchemaNames { get; } = ["scenario", "recommendation", "policy", "ranking", "partial-scenario", "assessment"];

    // What the readers found, handed out read-only in fact: a caller's cast cannot change it.
    private static ReadOnlyArray<InputError> ReadOnly(List<InputError> errors) =>
        errors.Count == 0 ? ReadOnlyArray<InputError>.Empty : ReadOnlyArray<InputError>.Own([.. errors]);

    /// <summary>Gets the JSON Schema (draft 2020-12) of one contract, for validators and for chat assistants' tool definitions.</summary>
    /// <param name="name">One of <see cref="SchemaNames"/>.</param>
    /// <returns>The schema's JSON text.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="SchemaNames"/>.</exception>
    public static string Schema(string name)
    {
        if (!SchemaNames.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"There is no schema \"{name}\"; the schemas are {string.Join(", ", SchemaNames)}.", nameof(name));
        }

        using var stream = typeof(InterviewJson).Assembly.GetManifestResourceStream($"InterviewRules.Schemas.{name}.schema.json")
            ?? throw new InvalidOperationException($"The schema \"{name}\" is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return WithShippedLanguages(reader.ReadToEnd());
    }

    // A contract's "language" is one of Localization.Languages.Shipped: the list is written into the schema's enum
    // (docs/schemas shows it as this build ships it, and a test keeps the two equal).
    private static string WithShippedLanguages(string schema)
    {
        var property = schema.IndexOf("\"language\": {", StringComparison.Ordinal);
        var open = property < 0 ? -1 : schema.IndexOf("\"enum\": [", property, StringComparison.Ordinal);
        if (open < 0)
        {
            return schema;
        }

        var close = schema.IndexOf(']', open);
        var indent = schema[(schema.LastIndexOf('\n', open) + 1)..open];
        var items = string.Join(",\n", Localization.Languages.Shipped.Select(code => $"{indent}  \"{code}\""));
        return string.Concat(schema.AsSpan(0, open), $"\"enum\": [\n{items}\n{indent}", schema.AsSpan(close));
    }

    /// <summary>Reads a scenario, reporting every problem at once.</summary>
    /// <param name="utf8">The document, UTF-8, with or without a byte-order mark.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract; every problem is listed with its JSON path.</exception>
    public static InterviewScenario ReadScenario(ReadOnlyMemory<byte> utf8) =>
        TryReadScenario(utf8, out var scenario, out var errors) ? scenario : throw new InvalidInputException(errors);

    /// <summary>Reads a scenario, reporting every problem at once.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract; every problem is listed with its JSON path.</exception>
    public static InterviewScenario ReadScenario(string json) => ReadScenario(JsonInput.ToUtf8(json));

    /// <summary>Tries to read a scenario.</summary>
    /// <param name="utf8">The document, UTF-8, with or without a byte-order mark.</param>
    /// <param name="scenario">The scenario, when valid.</param>
    /// <param name="errors">Every problem found, each with its JSON path; empty when valid.</param>
    /// <returns><see langword="true"/> when the document is a valid scenario.</returns>
    public static bool TryReadScenario(ReadOnlyMemory<byte> utf8, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InterviewScenario? scenario, out IReadOnlyList<InputError> errors)
    {
        var list = new List<InputError>();
        scenario = ScenarioReader.Read(utf8, list);
        errors = ReadOnly(list);
        return scenario is not null && list.Count == 0;
    }

    /// <summary>Tries to read a JSON array of scenarios (a candidate's inbox), reporting every problem of every element with its index (<c>$[3].candidate.yearsOfExperience</c>).</summary>
    /// <param name="utf8">The document, UTF-8, with or without a byte-order mark.</param>
    /// <param name="scenarios">The scenarios, in order, when all are valid.</param>
    /// <param name="errors">Every problem found; empty when valid.</param>
    /// <returns><see langword="true"/> when every element is a valid scenario.</returns>
    public static bool TryReadScenarios(ReadOnlyMemory<byte> utf8, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyList<InterviewScenario>? scenarios, out IReadOnlyList<InputError> errors)
    {
        var list = new List<InputError>();
        var read = ScenarioReader.ReadMany(utf8, list);
        scenarios = read is null ? null : ReadOnlyArray<InterviewScenario>.Own(read);
        errors = ReadOnly(list);
        return scenarios is not null && list.Count == 0;
    }

    /// <summary>Reads a policy (docs/policies.md), reporting every problem at once; a policy with any problem is never returned.</summary>
    /// <param name="utf8">The document, UTF-8, with or without a byte-order mark.</param>
    /// <returns>The effective policy: <c>article-default</c> with the document's changes applied.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract; every problem is listed with its JSON path.</exception>
    public static Policies.InterviewPolicy ReadPolicy(ReadOnlyMemory<byte> utf8) =>
        TryReadPolicy(utf8, out var policy, out var errors) ? policy : throw new InvalidInputException(errors);

    /// <summary>Reads a policy (docs/policies.md), reporting every problem at once.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The effective policy.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static Policies.InterviewPolicy ReadPolicy(string json) => ReadPolicy(JsonInput.ToUtf8(json));

    /// <summary>Tries to read a policy.</summary>
    /// <param name="utf8">The document, UTF-8, with or without a byte-order mark.</param>
    /// <param name="policy">The effective policy, when valid.</param>
    /// <param name="errors">Every problem found, each with its JSON path; empty when valid.</param>
    /// <returns><see langword="true"/> when the document is a valid policy.</returns>
    public static bool TryReadPolicy(ReadOnlyMemory<byte> utf8, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Policies.InterviewPolicy? policy, out IReadOnlyList<InputError> errors)
    {
        var list = new List<InputError>();
        policy = PolicyReader.Read(utf8, list);
        errors = ReadOnly(list);
        return policy is not null && list.Count == 0;
    }

    /// <summary>Writes a recommendation in the recommendation contract, indented, ending with a newline.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Recommendation recommendation) => Write(recommendation, (IReadOnlyList<Explanations.Counterfactual>?)null);

    /// <summary>
    /// Writes a recommendation in the recommendation contract with, when given, a <c>counterfactuals</c> array
    /// (empty when nothing in the catalogue would change the advice), and the texts for people in a culture's language.
    /// </summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="counterfactuals">What would change it, from <see cref="Explanations.Counterfactuals.Find"/>; <see langword="null"/> leaves the array out.</param>
    /// <param name="culture">
    /// The language of <c>title</c>, <c>explanation</c>, <c>advice</c> and counterfactual <c>text</c> (see
    /// <see cref="Localization.Languages"/>), named in <c>language</c>; English for <see langword="null"/>. The machine
    /// contract (ids, kinds, numbers, evidence) is the same in every language.
    /// </param>
    /// <returns>The JSON text.</returns>
    public static string Write(Recommendation recommendation, IReadOnlyList<Explanations.Counterfactual>? counterfactuals, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var document = ToDocument(recommendation, culture);
        if (counterfactuals is not null)
        {
            document = new RecommendationDocument
            {
                Decision = document.Decision,
                Score = document.Score,
                Policy = document.Policy,
                Language = document.Language,
                Findings = document.Findings,
                Advice = document.Advice,
                Failures = document.Failures,
                Counterfactuals = counterfactuals.Select(c => new CounterfactualDocument
                {
                    Edits = c.Edits,
                    Kind = c.IsStep ? "step" : "circumstance",
                    Direction = c.Decision == Verdict.Accept ? "toAccept" : "toDecline",
                    Cost = c.Cost,
                    Decision = ContractNames.Of(c.Decision),
                    Score = c.Score,
                    ChangedRuleIds = c.ChangedRuleIds,
                    Text = c.GetText(culture),
                }).ToList(),
            };
        }

        return JsonSerializer.Serialize(document, Context.RecommendationDocument) + "\n";
    }

    /// <summary>Writes an assessment in the assessment contract, indented, ending with a newline, its texts in a culture's language (English for <see langword="null"/>).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="culture">The language of <c>summary</c>, question <c>text</c>, finding titles and explanations.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Assessment assessment, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JsonSerializer.Serialize(AssessmentWriter.ToDocument(assessment, culture), Context.AssessmentDocument) + "\n";
    }

    /// <summary>Reads a partial scenario (docs/contract.md, "Partial scenario") strictly: every field may be left out (unknown), none may be <c>null</c>.</summary>
    /// <param name="utf8">The document, UTF-8, with or without a byte-order mark.</param>
    /// <returns>What it says is known.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract; every problem is listed with its JSON path.</exception>
    public static PartialScenario ReadPartialScenario(ReadOnlyMemory<byte> utf8) =>
        TryReadPartialScenario(utf8, out var scenario, out var errors) ? scenario : throw new InvalidInputException(errors);

    /// <summary>Reads a partial scenario from text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>What it says is known.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static PartialScenario ReadPartialScenario(string json) => ReadPartialScenario(JsonInput.ToUtf8(json));

    /// <summary>Tries to read a partial scenario.</summary>
    /// <param name="utf8">The document, UTF-8, with or without a byte-order mark.</param>
    /// <param name="scenario">What it says is known, when valid.</param>
    /// <param name="errors">Every problem found, each with its JSON path; empty when valid.</param>
    /// <returns><see langword="true"/> when the document is a valid partial scenario.</returns>
    public static bool TryReadPartialScenario(ReadOnlyMemory<byte> utf8, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartialScenario? scenario, out IReadOnlyList<InputError> errors)
    {
        var list = new List<InputError>();
        scenario = PartialScenarioReader.Read(utf8, list);
        errors = ReadOnly(list);
        return scenario is not null && list.Count == 0;
    }

    /// <summary>Writes a scenario in the scenario contract, indented, ending with a newline; every optional field is written out.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(InterviewScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ScenarioWriter.Write(scenario, Context.Options);
    }

    /// <summary>Writes a recommendation to a stream as UTF-8.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="utf8">The stream.</param>
    public static void Write(Recommendation recommendation, Stream utf8)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(utf8);

        // Straight to UTF-8 bytes, the same bytes Write(recommendation) encodes: no string in between.
        JsonSerializer.Serialize(utf8, ToDocument(recommendation, null), Context.RecommendationDocument);
        utf8.WriteByte((byte)'\n');
    }

    internal static RecommendationDocument ToDocument(Recommendation recommendation, CultureInfo? culture)
    {
        var findings = new List<FindingDocument>(recommendation.Findings.Count);
        foreach (var finding in recommendation.Findings)
        {
            var texts = finding.Rule.GetTexts(culture);
            findings.Add(new FindingDocument
            {
                RuleId = finding.RuleId,
                Kind = ContractNames.Of(finding.Kind),
                Effect = ContractNames.Of(finding.Effect),
                Weight = finding.Weight,
                Veto = finding.Veto,
                Title = texts.Title,
                Explanation = finding.GetExplanation(culture),
                Evidence = finding.Evidence,
                Source = texts.Source,
                Conditions = Policies.CustomRuleDefinition.ConditionsOf(finding)?.Select(c => new ConditionDocument
                {
                    Fact = c.Fact,
                    Op = ContractNames.Of(c.Operator),
                    Expected = c.Expected,
                    Actual = c.Actual,
                    Result = c.Result,
                }).ToList(),
            });
        }

        return new RecommendationDocument
        {
            Decision = ContractNames.Of(recommendation.Decision),
            Score = recommendation.Score,
            Policy = PolicyOf(recommendation.Policy),
            Language = Localization.Languages.Resolve(culture),
            Findings = findings,
            Advice = recommendation.GetAdvice(culture),
            Failures = recommendation.IsComplete ? null : recommendation.Failures.Select(f => new FailureDocument { RuleId = f.RuleId, Error = f.Error, Message = f.Message }).ToList(),
        };
    }

    /// <summary>
    /// Ranks a candidate's invitations and writes the ranking contract: the policy, the language, and each invitation
    /// best first with its rank, its place in the input, its decision and score, whether a rule vetoed it, and its
    /// first three findings as reasons (in the recommendation's order). The same as <c>rank --format json</c>.
    /// </summary>
    /// <param name="advisor">The advisor that ranks.</param>
    /// <param name="invitations">The invitations, in the input's order.</param>
    /// <param name="culture">The language of the reasons' titles; English for <see langword="null"/>.</param>
    /// <returns>The JSON text, indented, ending with a newline.</returns>
    /// <exception cref="ArgumentException">An invitation is <see langword="null"/> (the message gives its index).</exception>
    public static string WriteRanking(InterviewAdvisor advisor, IReadOnlyList<InterviewScenario> invitations, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentNullException.ThrowIfNull(invitations);
        var ranked = advisor.Rank(invitations);
        var documents = new List<RankedInvitationDocument>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var findings = advisor.Recommend(ranked[i].Scenario).Findings;
            var reasons = new List<ReasonDocument>(Math.Min(3, findings.Count));
            for (var f = 0; f < findings.Count && f < 3; f++)
            {
                reasons.Add(new ReasonDocument
                {
                    RuleId = findings[f].RuleId,
                    Effect = ContractNames.Of(findings[f].Effect),
                    Weight = findings[f].Weight,
                    Title = findings[f].GetTitle(culture),
                });
            }

            documents.Add(new RankedInvitationDocument
            {
                Rank = i + 1,
                Index = ranked[i].Index,
                Decision = ContractNames.Of(ranked[i].Result.Decision),
                Score = ranked[i].Result.Score,
                Vetoed = ranked[i].Result.IsVetoed,
                Reasons = reasons,
            });
        }

        var document = new RankingDocument { Policy = PolicyOf(advisor.Policy), Language = Localization.Languages.Resolve(culture), Invitations = documents };
        return JsonSerializer.Serialize(document, Context.RankingDocument) + "\n";
    }

    internal static PolicyDocument PolicyOf(PolicyIdentity policy) => new()
    {
        Name = policy.Name,
        Version = policy.Version,
        Fingerprint = policy.Fingerprint,
        CodeRules = policy.CodeRules.Count == 0 ? null : policy.CodeRules,
    };
}
