/**
 * What the workbench tests of every fragment share: running the UI thread while they wait, finding
 * and working widgets as a user would, screenshots, and asking the real git about a repository.
 * Not part of the product.
 */
package yeardiff.ui.testing;
