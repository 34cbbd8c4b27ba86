package org.pikir.shared.chart;

/** A point of a group map: position and group (1-based; 0 or less is drawn grey, as in no group). */
public record GroupMapPoint(double x, double y, int group) {}
