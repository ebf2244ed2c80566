import ImpactKit
