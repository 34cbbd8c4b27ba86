package org.pikir.shared.chart;

/** A labelled point of a scatter chart. */
public record ScatterPoint(String label, double x, double y) {}
