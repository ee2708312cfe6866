using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InterviewRules.Tools;
using Microsoft.Extensions.AI;

namespace InterviewRules;

/// <summary>
/// One of the tools of <see cref="InterviewTools.Create"/>: an <see cref="AIFunction"/> whose argument schema is
/// composed from the library's JSON Schemas and whose result is the structured object of docs/contract.md as a
/// <see cref="JsonElement"/>. Arguments that break the contract never throw: the result is an object
/// <c>{"error", "errors"}</c> whose <c>errors</c> are <c>PATH: sentence</c> lines with paths relative to the
/// arguments (<c>$.scenario.candidate.yearsOfExperience</c>), so a model can fix the call and try again.
/// </summary>
public sealed class InterviewTool : AIFunction
{
    private readonly ToolKind _kind;
    private readonly ToolContext _context;
    private readonly ToolDefinition _definition;

    internal InterviewTool(ToolKind kind, ToolContext context)
    {
        _kind = kind;
        _context = context;
        _definition = ToolDefinition.For(kind);
    }

    /// <inheritdoc/>
    public override string Name => _definition.Name;

    /// <inheritdoc/>
    public override string Description => _definition.Description;

    /// <summary>Gets a short human title of the tool, for hosts that show one.</summary>
    public string Title => _definition.Title;

    /// <summary>Gets the JSON Schema (draft 2020-12) of the tool's arguments, an object.</summary>
    public override JsonElement JsonSchema => _definition.InputSchema;

    /// <summary>Gets the JSON Schema (draft 2020-12) of the tool's structured result, an object.</summary>
    public override JsonElement? ReturnJsonSchema => _definition.OutputSchema;

    /// <summary>
    /// Calls the tool with arguments already parsed as JSON (as an MCP server receives them), synchronously.
    /// Never throws for bad arguments: they give a result whose <see cref="InterviewToolResult.IsError"/> is set.
    /// </summary>
    /// <param name="arguments">The arguments by name; <see langword="null"/> for none.</param>
    /// <returns>The result.</returns>
    public InterviewToolResult Call(IEnumerable<KeyValuePair<string, JsonElement>>? arguments)
    {
        var errors = new List<string>();
        using var document = ArgumentJson.FromElements(arguments, errors);
        return ToolRunner.Run(_kind, _context, document.RootElement, errors);
    }

    /// <summary>Calls the tool with a model's arguments; the result is <see cref="InterviewToolResult.StructuredContent"/>, also for refused arguments.</summary>
    /// <param name="arguments">The arguments: JSON values (<see cref="JsonElement"/>, <see cref="System.Text.Json.Nodes.JsonNode"/>) or plain ones (strings, numbers, booleans, lists, dictionaries).</param>
    /// <param name="cancellationToken">Cancels before the tool runs.</param>
    /// <returns>The structured result, a <see cref="JsonElement"/> object.</returns>
    protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        cancellationToken.ThrowIfCancellationRequested();
        var errors = new List<string>();
        using var document = ArgumentJson.FromValues(arguments, errors);
        return new ValueTask<object?>(ToolRunner.Run(_kind, _context, document.RootElement, errors).StructuredContent);
    }
}
