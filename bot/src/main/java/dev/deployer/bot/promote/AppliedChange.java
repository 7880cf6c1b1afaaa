package dev.deployer.bot.promote;

import dev.deployer.bot.pr.PullRequestText.ImageChange;
import java.util.List;

/** A change written into a working tree: the files it touched, its diff, and the images it moves. */
record AppliedChange(List<String> paths, String diff, List<ImageChange> images) {

    AppliedChange {
        paths = List.copyOf(paths);
        images = List.copyOf(images);
    }
}
