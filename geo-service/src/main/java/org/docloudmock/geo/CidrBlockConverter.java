package org.docloudmock.geo;

import org.docloudmock.support.address.CidrBlock;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets {@link GeoProperties} hold CIDR blocks, so a bad one stops start-up naming its property and value. */
@Component
@ConfigurationPropertiesBinding
class CidrBlockConverter implements Converter<String, CidrBlock> {

    @Override
    public CidrBlock convert(String source) {
        return CidrBlock.parse(source);
    }
}
