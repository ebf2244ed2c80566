/// The values with an id of their own are `Identifiable`, so a SwiftUI list shows them as they are
/// (`ForEach(canvas.placements)`) without a conformance of the app's making.
extension Canvas: Identifiable {}
extension Placement: Identifiable {}
extension Card: Identifiable {}
extension CustomCard: Identifiable {}
extension ImpactChain: Identifiable {}
