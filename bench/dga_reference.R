# Reference posteriors of N from R's dga (Johndrow, Lum & Ball), for tests/data/mse/dga_reference.json.
# Build dga and its dependencies (Rcpp, RcppArmadillo, chron) from their public sources, then:
#   R_LIBS=/tmp/rlib Rscript bench/dga_reference.R > tests/data/mse/dga_reference.json
# Settings: delta = 2^-lists, Nmissing 0 to 20 times the observed, prior p(N) ∝ 1/N (bma.cr's).
suppressMessages(library(dga))
data(graphs3); data(graphs4); data(graphs5)
out <- c()
for (name in c("korea", "kosovo", "simulated5")) {
  d <- read.csv(file.path("tests/data/mse", paste0(name, ".csv")))
  lists <- setdiff(names(d), "count")
  p <- length(lists)
  Y <- array(0, dim = rep(2, p))
  for (r in seq_len(nrow(d))) Y[matrix(as.integer(d[r, lists]) + 1, nrow = 1)] <- d$count[r]
  observed <- sum(Y)
  Nmissing <- 0:(20 * observed)
  graphs <- list(graphs3, graphs4, graphs5)[[p - 2]]
  w <- bma.cr(Y, Nmissing, delta = 2^-p, graphs = graphs)
  post <- colSums(w)
  cdf <- cumsum(post)
  q <- sapply(c(0.025, 0.5, 0.975), function(x) observed + Nmissing[which(cdf >= x)[1]])
  out <- c(out, sprintf('"%s": {"q025": %d, "median": %d, "q975": %d, "mean": %.2f, "top_weight": %.6f, "graphs": %d}',
                        name, q[1], q[2], q[3], sum((observed + Nmissing) * post), max(rowSums(w)), length(graphs)))
}
cat(sprintf('{"command": "R_LIBS=/tmp/rlib Rscript bench/dga_reference.R", "dga_version": "%s", "r_version": "%s", "tables": {%s}}\n',
            as.character(packageVersion("dga")), R.version.string, paste(out, collapse = ", ")))
