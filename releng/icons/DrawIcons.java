import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the Trace toolbar's (and the Heat Grid's) icons of dev.poolscope.ui (16x16 PNGs and their @2x 32x32 twins) in the
 * style of Eclipse's debug toolbar: flat shapes in a mid colour with a darker outline, legible on
 * light and dark toolbars. Steps are blue arrows, the ends green, a race a red bolt, a rollback an
 * orange undo arrow, a retry an amber loop, a failed allocation a purple block crossed out; a small blue triangle says next or previous.
 *
 * <p>Run from the repository root: {@code java releng/icons/DrawIcons.java bundles/dev.poolscope.ui/icons}
 */
public final class DrawIcons {

    private static final Color STEP = new Color(0x3c8fd8);
    private static final Color STEP_EDGE = new Color(0x1d4f80);
    private static final Color END = new Color(0x3aa357);
    private static final Color END_EDGE = new Color(0x1c5e2d);
    private static final Color RACE = new Color(0xe0403a);
    private static final Color RACE_EDGE = new Color(0x7a1512);
    private static final Color ROLLBACK = new Color(0xf08a24);
    private static final Color ROLLBACK_EDGE = new Color(0x7d4205);
    private static final Color RETRY = new Color(0xd9b020);
    private static final Color RETRY_EDGE = new Color(0x6b5405);
    private static final Color FAILURE = new Color(0xa05cc8);
    private static final Color FAILURE_EDGE = new Color(0x4a1f66);

    private DrawIcons() {
    }

    public static void main(String[] args) throws IOException {
        File folder = new File(args.length > 0 ? args[0] : "bundles/dev.poolscope.ui/icons");
        folder.mkdirs();
        Map<String, Consumer<Graphics2D>> icons = new LinkedHashMap<>();
        icons.put("back_to_start", g -> {
            bar(g, 2);
            triangle(g, 9, false, 6, END, END_EDGE);
            triangle(g, 14, false, 6, END, END_EDGE);
        });
        icons.put("run_to_end", g -> {
            triangle(g, 2, true, 6, END, END_EDGE);
            triangle(g, 7, true, 6, END, END_EDGE);
            bar(g, 13);
        });
        icons.put("step_forward", g -> step(g, true));
        icons.put("step_back", g -> step(g, false));
        icons.put("next_race", g -> { bolt(g, 0); direction(g, true); });
        icons.put("previous_race", g -> { bolt(g, 5); direction(g, false); });
        icons.put("next_rollback", g -> { undo(g, 0); direction(g, true); });
        icons.put("previous_rollback", g -> { undo(g, 5); direction(g, false); });
        icons.put("next_retry", g -> { loop(g, 0); direction(g, true); });
        icons.put("previous_retry", g -> { loop(g, 5); direction(g, false); });
        icons.put("next_failure", g -> { failure(g, 0); direction(g, true); });
        icons.put("previous_failure", g -> { failure(g, 5); direction(g, false); });
        icons.put("pause_live", DrawIcons::pause);
        icons.put("shade_extents", DrawIcons::ramp);
        icons.put("colour_callers", DrawIcons::callers);
        for (Map.Entry<String, Consumer<Graphics2D>> icon : icons.entrySet()) {
            write(icon.getValue(), 1, new File(folder, icon.getKey() + ".png"));
            write(icon.getValue(), 2, new File(folder, icon.getKey() + "@2x.png"));
        }
    }

    private static void write(Consumer<Graphics2D> drawing, int scale, File file) throws IOException {
        BufferedImage image = new BufferedImage(16 * scale, 16 * scale, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        drawing.accept(g);
        g.dispose();
        ImageIO.write(image, "png", file);
    }

    /** A shape filled in {@code fill} with a one-unit outline in {@code edge}. */
    private static void paint(Graphics2D g, Shape shape, Color fill, Color edge) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(edge);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    /** A triangle pointing right (or left) with its base (or tip) at x, {@code width} wide, 10 high. */
    private static void triangle(Graphics2D g, double x, boolean right, double width, Color fill, Color edge) {
        Path2D t = new Path2D.Double();
        double tip = right ? x + width : x - width;
        t.moveTo(x, 3);
        t.lineTo(tip, 8);
        t.lineTo(x, 13);
        t.closePath();
        paint(g, t, fill, edge);
    }

    private static void bar(Graphics2D g, double x) {
        paint(g, new Rectangle2D.Double(x - 0.5, 3, 2, 10), END, END_EDGE);
    }

    /** Step: an arrow arching over a dot, as Eclipse's Step Over; mirrored for back. */
    private static void step(Graphics2D g, boolean forward) {
        Graphics2D m = mirrored(g, !forward);
        m.setColor(STEP_EDGE);
        m.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        Arc2D arc = new Arc2D.Double(2, 4, 10, 10, 180, -150, Arc2D.OPEN);
        m.draw(arc);
        m.setColor(STEP);
        m.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        m.draw(arc);
        Path2D head = new Path2D.Double();
        head.moveTo(9.5, 3.5);
        head.lineTo(15, 6.5);
        head.lineTo(10.5, 10);
        head.closePath();
        paint(m, head, STEP, STEP_EDGE);
        paint(m, new Rectangle2D.Double(5.5, 11.5, 3, 3), STEP, STEP_EDGE);
        m.dispose();
    }

    /** A race, a failed CAS: a lightning bolt, its left edge at {@code x}. */
    private static void bolt(Graphics2D g, double x) {
        Path2D b = new Path2D.Double();
        b.moveTo(x + 6.5, 1.5);
        b.lineTo(x + 2, 9);
        b.lineTo(x + 5.5, 9);
        b.lineTo(x + 3.5, 14.5);
        b.lineTo(x + 9.5, 6.5);
        b.lineTo(x + 6, 6.5);
        b.lineTo(x + 8.5, 1.5);
        b.closePath();
        paint(g, b, RACE, RACE_EDGE);
    }

    /** A rollback: an arrow turning back anticlockwise, as Undo, its left edge at {@code x}. */
    private static void undo(Graphics2D g, double x) {
        Arc2D arc = new Arc2D.Double(x + 1.5, 4, 9, 9, 150, -240, Arc2D.OPEN);
        ribbon(g, arc, ROLLBACK, ROLLBACK_EDGE);
        Path2D head = new Path2D.Double();
        head.moveTo(x + 0.5, 3);
        head.lineTo(x + 5.5, 3.5);
        head.lineTo(x + 2, 8.5);
        head.closePath();
        paint(g, head, ROLLBACK, ROLLBACK_EDGE);
    }

    /** A retry: a closed loop with an arrowhead, going round again, its left edge at {@code x}. */
    private static void loop(Graphics2D g, double x) {
        Arc2D arc = new Arc2D.Double(x + 1.5, 3.5, 9, 9, 60, 300, Arc2D.OPEN);
        ribbon(g, arc, RETRY, RETRY_EDGE);
        Path2D head = new Path2D.Double();
        head.moveTo(x + 6.5, 1.5);
        head.lineTo(x + 11, 4.5);
        head.lineTo(x + 6.5, 7.5);
        head.closePath();
        paint(g, head, RETRY, RETRY_EDGE);
    }

    /** A failed allocation: a block of memory struck through, its left edge at {@code x}. */
    private static void failure(Graphics2D g, double x) {
        paint(g, new Rectangle2D.Double(x + 1.5, 2.5, 9, 9), FAILURE, FAILURE_EDGE);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x + 3.5, 4.5, x + 8.5, 9.5));
        g.draw(new Line2D.Double(x + 8.5, 4.5, x + 3.5, 9.5));
    }

    /** Next (a triangle at the right) or previous (at the left), in the steps' blue. */
    private static void direction(Graphics2D g, boolean next) {
        Path2D t = new Path2D.Double();
        double base = next ? 11.5 : 4.5;
        double tip = next ? 15.5 : 0.5;
        t.moveTo(base, 8);
        t.lineTo(tip, 11.5);
        t.lineTo(base, 15);
        t.closePath();
        paint(g, t, STEP, STEP_EDGE);
    }

    private static void pause(Graphics2D g) {
        paint(g, new Rectangle2D.Double(3.5, 2.5, 3.5, 11), STEP, STEP_EDGE);
        paint(g, new Rectangle2D.Double(9, 2.5, 3.5, 11), STEP, STEP_EDGE);
    }

    /** The Heat Grid's extent overlay: bars in the overlay's ramp, a bright short hole to a dim long run. */
    private static void ramp(Graphics2D g) {
        int[] ramp = {0xff4fd8, 0xc63aad, 0x85297b, 0x4f1c50};
        for (int i = 0; i < ramp.length; i++) {
            paint(g, new Rectangle2D.Double(1.5 + i * 3.5, 12.5 - i * 3, 3, 2 + i * 3), new Color(ramp[i]), STEP_EDGE);
        }
    }

    /** The Heat Grid's colouring by caller: four cells in the first callers' hues. */
    private static void callers(Graphics2D g) {
        int[] hues = {0x5cc8ff, 0x7ee081, 0xb794f6, 0xf2a7c8};
        for (int i = 0; i < hues.length; i++) {
            paint(g, new Rectangle2D.Double(1.5 + (i % 2) * 7, 1.5 + (i / 2) * 7, 6, 6), new Color(hues[i]), STEP_EDGE);
        }
    }

    /** A thick curve in {@code fill} with an {@code edge} outline. */
    private static void ribbon(Graphics2D g, Shape curve, Color fill, Color edge) {
        g.setColor(edge);
        g.setStroke(new BasicStroke(3.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(curve);
        g.setColor(fill);
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(curve);
    }

    private static Graphics2D mirrored(Graphics2D g, boolean mirror) {
        Graphics2D copy = (Graphics2D) g.create();
        if (mirror) {
            copy.transform(new AffineTransform(-1, 0, 0, 1, 16, 0));
        }
        return copy;
    }
}
