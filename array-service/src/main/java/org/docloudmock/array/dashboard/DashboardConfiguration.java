package org.docloudmock.array.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The live dashboard at {@code /admin/ui}: a static page and script (no build step, nothing from a CDN) that
 * poll the swarm admin views. Served from Array's own location, not {@code /static}, so the other services of
 * the all-in-one suite, which share the class path, do not serve it too. The page holds no data: its calls
 * carry the admin token (see the script), which is why the shell itself is not behind it.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/admin/ui/**").addResourceLocations("classpath:/array-dashboard/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/admin/ui").setViewName("forward:/admin/ui/index.html");
        registry.addViewController("/admin/ui/").setViewName("forward:/admin/ui/index.html");
    }
}
