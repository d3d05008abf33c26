package dev.poolscope.model.grid;

/** A rectangle of pixels: left, top, width and height. */
public record Box(int x, int y, int width, int height) {

    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < x + width && py < y + height;
    }

    public boolean intersects(Box other) {
        return other.x < x + width && x < other.x + other.width && other.y < y + height && y < other.y + other.height;
    }
}
