# Reference posteriors of N from R's LCMCR (Manrique-Vallier), for tests/data/mse/lcmcr_reference.json.
# Build LCMCR from its public source (R >= 3.5, libgsl-dev), then, from the repository root:
#   R CMD INSTALL -l /tmp/rlib LCMCR-source/
#   R_LIBS=/tmp/rlib Rscript bench/lcmcr_reference.R > tests/data/mse/lcmcr_reference.json
# Settings: K = 10, a = b = 0.25, burn-in 10,000, 1,000 samples thinned by 10, seeds 1 to 4.
suppressMessages(library(LCMCR))
tables <- c("kosovo", "simulated5", "simulated20")
quantiles <- c(0.025, 0.5, 0.975)
out <- c()
for (name in tables) {
  d <- read.csv(file.path("tests/data/mse", paste0(name, ".csv")))
  lists <- setdiff(names(d), "count")
  for (l in lists) d[[l]] <- factor(d[[l]], levels = c(0, 1))
  names(d)[names(d) == "count"] <- "Freq"
  runs <- c()
  for (seed in 1:4) {
    started <- proc.time()[["elapsed"]]
    s <- lcmCR(captures = d, tabular = TRUE, in_list_label = "1", not_in_list_label = "0",
               K = 10, a_alpha = 0.25, b_alpha = 0.25, seed = seed, buffer_size = 10000,
               thinning = 10, verbose = FALSE)
    N <- lcmCR_PostSampl(s, burnin = 10000, samples = 1000, thinning = 10, output = FALSE)
    seconds <- proc.time()[["elapsed"]] - started
    q <- quantile(N, quantiles, names = FALSE)
    runs <- c(runs, sprintf('{"seed": %d, "q025": %.1f, "median": %.1f, "q975": %.1f, "mean": %.2f, "iterations_per_second": %.0f}',
                            seed, q[1], q[2], q[3], mean(N), (10000 + 10000 + 500) / seconds))
  }
  out <- c(out, sprintf('"%s": [%s]', name, paste(runs, collapse = ", ")))
}
cat(sprintf('{"command": "R_LIBS=/tmp/rlib Rscript bench/lcmcr_reference.R", "lcmcr_version": "%s", "r_version": "%s", "tables": {%s}}\n',
            as.character(packageVersion("LCMCR")), R.version.string, paste(out, collapse = ", ")))
