using System;
using System.Collections.Generic;
using InterviewRules.Tools;

namespace InterviewRules;

/// <summary>
/// The advisor as five tools a chat assistant can call (docs/contract.md, "Tools for chat assistants"): the same names,
/// argument schemas and results as the <c>interview-rules mcp</c> server. The tools are
/// <see cref="Microsoft.Extensions.AI.AIFunction"/>s for any <see cref="Microsoft.Extensions.AI.IChatClient"/> with
/// function calling; their schemas are the library's own JSON Schemas, so nothing is reflected over (trimming- and
/// NativeAOT-safe).
/// </summary>
/// <example>
/// <code>
/// var tools = InterviewTools.Create(InterviewAdvisor.Default);
/// var chat = new ChatClientBuilder(innerClient).UseFunctionInvocation().Build();
/// var answer = await chat.GetResponseAsync(messages, new ChatOptions { Tools = [.. tools] });
/// </code>
/// </example>
public static class InterviewTools
{
    /// <summary>The name of the tool that recommends whether to take one interview, and explains why.</summary>
    public const string EvaluateInterview = "evaluate_interview";

    /// <summary>The name of the tool that ranks a person's interview invitations, best first.</summary>
    public const string RankInvitations = "rank_invitations";

    /// <summary>The name of the tool that lists the rules the advisor applies.</summary>
    public const string ListRules = "list_rules";

    /// <summary>The name of the tool that finds the cheapest changes that would flip the advice.</summary>
    public const string WhatWouldChangeIt = "what_would_change_it";

    /// <summary>The name of the tool that decides with what is known so far, and ranks the questions still worth asking.</summary>
    public const string AssessInterview = "assess_interview";

    /// <summary>Creates the five tools over an advisor, in the order <c>evaluate_interview</c>, <c>rank_invitations</c>, <c>list_rules</c>, <c>what_would_change_it</c>, <c>assess_interview</c>.</summary>
    /// <param name="advisor">The advisor that judges (its policy is named in every answer).</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults (English unless a call asks for another language).</param>
    /// <returns>The tools; immutable and thread-safe.</returns>
    public static IReadOnlyList<InterviewTool> Create(InterviewAdvisor advisor, InterviewToolsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        var context = new ToolContext(advisor, options?.Culture);
        return Array.AsReadOnly(
        [
            new InterviewTool(ToolKind.Evaluate, context),
            new InterviewTool(ToolKind.Rank, context),
            new InterviewTool(ToolKind.ListRules, context),
            new InterviewTool(ToolKind.WhatWouldChangeIt, context),
            new InterviewTool(ToolKind.Assess, context),
        ]);
    }
}
