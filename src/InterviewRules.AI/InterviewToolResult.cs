using System.Text.Json;

namespace InterviewRules;

/// <summary>
/// What one call of an <see cref="InterviewTool"/> gives back: the structured object (always a JSON object), the
/// text a chat host shows when it reads no structured content, and whether the arguments were refused.
/// </summary>
public sealed class InterviewToolResult
{
    internal InterviewToolResult(bool isError, JsonElement structuredContent, string text)
    {
        IsError = isError;
        StructuredContent = structuredContent;
        Text = text;
    }

    /// <summary>Gets a value indicating whether the arguments broke the tool's contract; then <see cref="Text"/> is the <c>PATH: sentence</c> lines.</summary>
    public bool IsError { get; }

    /// <summary>
    /// Gets the structured result, a JSON object: for <c>evaluate_interview</c> <c>{"recommendation", "markdown"}</c>,
    /// for <c>rank_invitations</c> the ranking contract, for <c>list_rules</c> <c>{"rules"}</c>, for
    /// <c>what_would_change_it</c> <c>{"decision", "score", "counterfactuals"}</c>, for <c>assess_interview</c>
    /// <c>{"assessment", "markdown"}</c>; for refused arguments
    /// <c>{"error", "errors"}</c>, <c>errors</c> being the <c>PATH: sentence</c> lines.
    /// </summary>
    public JsonElement StructuredContent { get; }

    /// <summary>Gets the result as text: the Markdown answer for <c>evaluate_interview</c> and <c>assess_interview</c>, the JSON for the other tools, the error lines for refused arguments.</summary>
    public string Text { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
