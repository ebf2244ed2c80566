import ArgumentParser
import ImpactKit

/// What the shell completes for option values (`impact --generate-completion-script bash|zsh|fish`): the fields,
/// the LIM template's domains and cards, the languages. A group's own cards live in its file, so only the
/// template's are offered.
enum Completions {
    static let fields = CompletionKind.list(Field.allCases.map(\.rawValue))
    static let domains = CompletionKind.list(CanvasTemplate.builtin("lim")?.domains.map(\.id) ?? [])
    static let cards = CompletionKind.list(CanvasTemplate.builtin("lim")?.cards.map(\.id) ?? [])
    static let languages = CompletionKind.list(Language.allCases.map(\.rawValue))
}
